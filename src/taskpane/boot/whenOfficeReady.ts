import { START_LIMITS, isFinal, openedByOffice, paneStart, type OfficeAnswer, type PageSigns, type PaneStart, type StartLimits } from '../state/paneStart';

/** Whether the pane is running inside Excel, or on a file opened in a browser. */
export type PaneHost = 'excel' | 'browser';

/** The signs of an Office host on this page, read before Office.js has said anything. */
function readPageSigns(): PageSigns {
  let savedHostInfo: string | null = null;
  try {
    savedHostInfo = window.sessionStorage.getItem('hostInfoValue');
  } catch {
    // storage blocked: the other signs still tell
  }
  const external = window.external as unknown as Record<string, unknown> | undefined;
  const agaveHost = (window as unknown as { agaveHost?: Record<string, unknown> }).agaveHost;
  return {
    search: window.location.search,
    hash: window.location.hash,
    windowName: window.name,
    savedHostInfo,
    // typeof, not a call: in the old Windows browser control these are host objects whose typeof is "unknown"
    externalHost: (external !== undefined && (typeof external.GetHostInfo !== 'undefined' || typeof external.GetContext !== 'undefined'))
      || typeof agaveHost?.GetHostInfo !== 'undefined',
  };
}

/** The server the page asked for Office.js (its script is the page's first), to name in the message when it did not load. */
function officeJsServer(): string | undefined {
  const src = document.querySelector<HTMLScriptElement>('head script[src]')?.src;
  try {
    return src ? new URL(src).hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tells `onStart` how the pane should start, and again whenever that changes: waiting, then Excel or
 * browser mode or why it cannot connect. Inside Office it waits for `Office.onReady` without ever falling
 * back to browser mode; after `limits.noAnswerMs` it says it could not connect, and still starts if Excel
 * answers after that.
 */
export function watchOffice(onStart: (start: PaneStart) => void, limits: StartLimits = START_LIMITS): void {
  const inOffice = openedByOffice(readPageSigns());
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    onStart(paneStart(inOffice, { state: 'absent', from: officeJsServer() }, limits));
    return;
  }
  const began = Date.now();
  let answer: OfficeAnswer | null = null;
  let last: PaneStart | null = null;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const decide = (): void => {
    if (last && isFinal(last)) return;
    const start = paneStart(inOffice, answer ?? { state: 'waiting', waitedMs: Date.now() - began }, limits);
    if (JSON.stringify(start) !== JSON.stringify(last)) {
      last = start;
      onStart(start);
    }
    if (isFinal(start)) timers.forEach(clearTimeout);
  };
  Office.onReady().then(
    (info) => {
      answer = { state: 'ready', host: info.host ? String(info.host) : null };
      decide();
    },
    (err: unknown) => {
      answer = { state: 'failed', message: err instanceof Error ? err.message : String(err) };
      decide();
    },
  );
  for (const ms of new Set([limits.slowMs, limits.noAnswerMs, limits.outsideMs])) timers.push(setTimeout(decide, ms));
  decide();
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
