/**
 * Whether the pane is running inside Excel. Office.js is loaded by the page; outside Excel it either
 * initialises to no host (a plain browser) or never arrived (no network, or blocked): both mean browser
 * mode. A host that never answers is given up on, so the pane always starts.
 */
export type PaneHost = 'excel' | 'browser';

const OFFICE_TIMEOUT_MS = 5000;

export function whenOfficeReady(timeoutMs = OFFICE_TIMEOUT_MS): Promise<PaneHost> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve('browser');
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('browser'), timeoutMs);
    Office.onReady()
      .then((info) => resolve(info.host === Office.HostType.Excel ? 'excel' : 'browser'))
      .catch(() => resolve('browser'))
      .finally(() => clearTimeout(timer));
  });
}

/** Office's theme inside Excel, the system's outside it. */
export function prefersDark(): boolean {
  if (typeof Office !== 'undefined') {
    const background = Office.context?.officeTheme?.bodyBackgroundColor;
    if (background) return luminance(background) < 0.5;
  }
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  if (!m) return 1;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
