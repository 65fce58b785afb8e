/**
 * Writes the reports of files checked in parallel in the order the files were given: the file at the
 * head of the queue goes straight out as its pieces arrive; later files wait in memory until their turn.
 */
export class OrderedOutput {
  private next = 0;
  private readonly waiting = new Map<number, string[]>();
  private readonly finished = new Set<number>();

  constructor(
    private readonly write: (text: string) => void,
    /** written between two files' reports */
    private readonly separator: string,
  ) {}

  text(index: number, text: string): void {
    if (index === this.next) this.write(text);
    else {
      const list = this.waiting.get(index);
      if (list) list.push(text);
      else this.waiting.set(index, [text]);
    }
  }

  done(index: number): void {
    this.finished.add(index);
    while (this.finished.has(this.next)) {
      this.next++;
      this.write(this.separator);
      for (const text of this.waiting.get(this.next) ?? []) this.write(text);
      this.waiting.delete(this.next);
    }
  }
}
