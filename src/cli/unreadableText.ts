/** The one line said about a file that could not be checked. */
export function unreadableText(file: string, reason: string, json: boolean): string {
  return json ? JSON.stringify({ file, error: reason }) : `${file}: cannot be checked: ${reason}`;
}
