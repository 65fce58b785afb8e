/**
 * How the pane starts: in Excel, in browser mode, waiting for Excel, or saying why it cannot connect.
 * Browser mode is for a page opened outside Office only: inside Office, a pane that gave up on Excel and
 * offered to open a file would hide that Excel never answered (a slow Excel on the web, a virtual desktop)
 * or that Office.js never loaded.
 */

/** What the page can tell about who opened it, before Office.js says anything. */
export interface PageSigns {
  /** the page address's query (location.search) */
  readonly search: string;
  /** the page address's fragment (location.hash) */
  readonly hash: string;
  /** window.name */
  readonly windowName: string;
  /** sessionStorage's "hostInfoValue", which Office.js keeps once it has read the host's details */
  readonly savedHostInfo: string | null;
  /** window.external offers GetHostInfo or GetContext, or Mac's agaveHost offers GetHostInfo, as Office's desktop browser controls do */
  readonly externalHost: boolean;
}

/**
 * Whether Office opened the page, by the same signs Office.js itself looks for before deciding it is in a
 * plain browser (office.debug.js in github.com/OfficeDev/office-js: `_retrieveHostInfo` reads the
 * `_host_Info` query parameter, `window.external.GetHostInfo()` (`agaveHost` on a Mac), the "hostInfo" in `window.name` and
 * sessionStorage's "hostInfoValue"; the plain-browser test in `initialize` also looks for `_xdm_Info` in
 * the fragment or `window.name`, and `window.external.GetContext`). With none of them, Office.js resolves
 * `Office.onReady` with a null host, as its reference says it does outside Office.
 */
export function openedByOffice(signs: PageSigns): boolean {
  if (/[?&]_host_Info=[^&#]/.test(signs.search)) return true;
  if (/[#&]_xdm_Info=[^&]/.test(signs.hash)) return true;
  if (signs.savedHostInfo) return true;
  if (signs.externalHost) return true;
  return windowNameHasHost(signs.windowName);
}

function windowNameHasHost(name: string): boolean {
  if (!name.startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(name);
    return typeof parsed === 'object' && parsed !== null && Boolean((parsed as Record<string, unknown>).hostInfo || (parsed as Record<string, unknown>).xdmInfo);
  } catch {
    return false;
  }
}

/** What Office.js has said so far. */
export type OfficeAnswer =
  /** there is no Office.js on the page: its script did not load (from `from`, the server it was asked of) */
  | { readonly state: 'absent'; readonly from?: string }
  | { readonly state: 'waiting'; readonly waitedMs: number }
  /** `Office.onReady` resolved, with `info.host` ("Excel"; null outside Office) */
  | { readonly state: 'ready'; readonly host: string | null }
  /** `Office.onReady` rejected */
  | { readonly state: 'failed'; readonly message: string };

export type CannotConnect = 'office-js-missing' | 'office-js-failed' | 'no-answer' | 'not-excel';

export type PaneStart =
  | { readonly mode: 'excel' }
  | { readonly mode: 'browser' }
  /** `slow`: Excel is taking longer than usual, which the pane says while it goes on waiting */
  | { readonly mode: 'waiting'; readonly slow: boolean }
  /** `detail`: the host it was opened in ("not-excel"), Office.js's own words ("office-js-failed"), or the server Office.js did not come from ("office-js-missing") */
  | { readonly mode: 'cannot-connect'; readonly why: CannotConnect; readonly detail?: string };

export interface StartLimits {
  /** inside Office, after this the pane says Excel is slow, and goes on waiting */
  readonly slowMs: number;
  /**
   * inside Office, after this the pane says it could not connect (and still starts if Excel answers
   * later). A minute: Excel on the web over a virtual desktop can take tens of seconds to load an add-in,
   * and a user looking at "could not connect" before then would reload one that was about to work.
   */
  readonly noAnswerMs: number;
  /** outside Office, Office.js answers at once; a page it has not answered by then is in a plain browser */
  readonly outsideMs: number;
}

export const START_LIMITS: StartLimits = { slowMs: 5_000, noAnswerMs: 60_000, outsideMs: 5_000 };

/** The host name Office.js gives for Excel (Office.HostType.Excel). */
const EXCEL = 'Excel';

export function paneStart(inOffice: boolean, answer: OfficeAnswer, limits: StartLimits = START_LIMITS): PaneStart {
  switch (answer.state) {
    case 'ready':
      if (answer.host === EXCEL) return { mode: 'excel' };
      // Office.js looked at the same signs and found no host: it knows best
      if (answer.host === null) return { mode: 'browser' };
      return { mode: 'cannot-connect', why: 'not-excel', detail: answer.host };
    case 'absent':
      if (!inOffice) return { mode: 'browser' };
      return answer.from ? { mode: 'cannot-connect', why: 'office-js-missing', detail: answer.from } : { mode: 'cannot-connect', why: 'office-js-missing' };
    case 'failed':
      return inOffice ? { mode: 'cannot-connect', why: 'office-js-failed', detail: answer.message } : { mode: 'browser' };
    case 'waiting':
      if (!inOffice) return answer.waitedMs >= limits.outsideMs ? { mode: 'browser' } : { mode: 'waiting', slow: false };
      if (answer.waitedMs >= limits.noAnswerMs) return { mode: 'cannot-connect', why: 'no-answer' };
      return { mode: 'waiting', slow: answer.waitedMs >= limits.slowMs };
  }
}

/** Whether a start is the last: all but "waiting", and "no answer", which Excel answering late replaces. */
export function isFinal(start: PaneStart): boolean {
  return start.mode !== 'waiting' && !(start.mode === 'cannot-connect' && start.why === 'no-answer');
}

/** What the pane says when it cannot connect: a heading, then why and what to do, in a person's words. */
export function cannotConnectText(why: CannotConnect, detail?: string): { readonly title: string; readonly lines: readonly string[] } {
  const reload = 'Reload the add-in with the button below. If that does not help, close this pane and open Tracker Check again (Home tab, Check Tracker).';
  switch (why) {
    case 'office-js-missing':
      return {
        title: 'Tracker Check could not connect to Excel',
        lines: [
          // a council may serve Office.js from its own mirror (OFFICE_JS_URL): the server named is the one asked
          `Office’s script for add-ins (Office.js) did not load, so Tracker Check cannot reach the workbook. A network, proxy or firewall that blocks ${detail ?? 'appsforoffice.microsoft.com'} causes this.`,
          reload,
        ],
      };
    case 'office-js-failed':
      return {
        title: 'Tracker Check could not connect to Excel',
        lines: [`Office.js reported a problem while starting${detail ? `: “${detail}”` : ''}.`, reload],
      };
    case 'no-answer':
      return {
        title: 'Tracker Check could not connect to Excel',
        lines: [
          'Excel has not answered for a minute. Tracker Check goes on waiting, and starts if Excel answers.',
          reload,
        ],
      };
    case 'not-excel':
      return {
        title: 'Tracker Check works in Excel only',
        lines: [`It was opened in ${detail ?? 'another Office application'}. Open your tracker in Excel, then open Tracker Check there (Home tab, Check Tracker).`],
      };
  }
}
