import { START_LIMITS, cannotConnectText, isFinal, openedByOffice, paneStart, type OfficeAnswer, type PageSigns, type PaneStart } from './paneStart';

const PLAIN: PageSigns = { search: '', hash: '', windowName: '', savedHostInfo: null, externalHost: false };

describe('openedByOffice', () => {
  it.each<[string, boolean, Partial<PageSigns>]>([
    // what Excel on Windows adds to the pane's address
    ['_host_Info as the only query parameter', true, { search: '?_host_Info=Excel$Win32$16.01$en-GB$$$$0' }],
    ['_host_Info after a parameter of the add-in\'s own', true, { search: '?v=2&_host_Info=Excel$Web$16.00$en-GB$telemetry$$$0' }],
    ['_host_Info URL-encoded', true, { search: '?_host_Info=Excel%24Mac%2416.00%24en-GB' }],
    ['the cross-frame details Excel on the web puts in the fragment', true, { hash: '#&_xdm_Info=abc|def' }],
    ['the host details Excel on the web puts in window.name', true, { windowName: JSON.stringify({ baseFrameName: 'f1', hostInfo: 'Excel|Web|16.00|en-GB', xdmInfo: 'x' }) }],
    ['window.name with only the cross-frame details', true, { windowName: JSON.stringify({ xdmInfo: 'x' }) }],
    ['the host details Office.js kept in sessionStorage (a reload in the pane)', true, { savedHostInfo: 'Excel$Win32$16.01$en-GB' }],
    ['a desktop browser control offering window.external.GetHostInfo', true, { externalHost: true }],
    // what must NOT count
    ['a plain address', false, {}],
    ['an empty _host_Info', false, { search: '?_host_Info=' }],
    ['_host_Info inside another parameter\'s name', false, { search: '?my_host_Info=Excel' }],
    ['_host_Info in the fragment, not the query', false, { hash: '#_host_Info=Excel' }],
    ['a window.name that is not JSON', false, { windowName: 'hostInfo' }],
    ['a window.name JSON without host details', false, { windowName: JSON.stringify({ baseFrameName: 'f1' }) }],
    ['a window.name JSON with an empty hostInfo', false, { windowName: JSON.stringify({ hostInfo: '' }) }],
    ['a window.name holding JSON null', false, { windowName: 'null' }],
    ['an empty saved hostInfoValue', false, { savedHostInfo: '' }],
  ])('%s: %s', (_what, expected, signs) => {
    expect(openedByOffice({ ...PLAIN, ...signs })).toBe(expected);
  });
});

describe('paneStart', () => {
  const { slowMs, noAnswerMs, outsideMs } = START_LIMITS;
  const waited = (ms: number): OfficeAnswer => ({ state: 'waiting', waitedMs: ms });

  it.each<[string, boolean, OfficeAnswer, PaneStart]>([
    // inside Office: never browser mode while Excel might still answer
    ['inside Office, Excel answers', true, { state: 'ready', host: 'Excel' }, { mode: 'excel' }],
    ['inside Office, just opened', true, waited(0), { mode: 'waiting', slow: false }],
    ['inside Office, past the 5 s the pane used to give up after', true, waited(slowMs), { mode: 'waiting', slow: true }],
    ['inside Office, just under a minute', true, waited(noAnswerMs - 1), { mode: 'waiting', slow: true }],
    ['inside Office, a minute without an answer', true, waited(noAnswerMs), { mode: 'cannot-connect', why: 'no-answer' }],
    ['inside Office, Office.js did not load', true, { state: 'absent' }, { mode: 'cannot-connect', why: 'office-js-missing' }],
    ['inside Office, Office.js did not load from a council\'s mirror', true, { state: 'absent', from: 'static.council.gov.uk' }, { mode: 'cannot-connect', why: 'office-js-missing', detail: 'static.council.gov.uk' }],
    ['inside Office, Office.onReady rejected', true, { state: 'failed', message: 'Sys is undefined' }, { mode: 'cannot-connect', why: 'office-js-failed', detail: 'Sys is undefined' }],
    ['inside Office, opened in Word', true, { state: 'ready', host: 'Word' }, { mode: 'cannot-connect', why: 'not-excel', detail: 'Word' }],
    ['Office.js finds no host after all', true, { state: 'ready', host: null }, { mode: 'browser' }],
    // outside Office: browser mode
    ['outside Office, no Office.js (no network)', false, { state: 'absent', from: 'appsforoffice.microsoft.com' }, { mode: 'browser' }],
    ['outside Office, Office.js answers with no host', false, { state: 'ready', host: null }, { mode: 'browser' }],
    ['outside Office, Office.js rejects', false, { state: 'failed', message: 'x' }, { mode: 'browser' }],
    ['outside Office, Office.js slow to answer', false, waited(outsideMs - 1), { mode: 'waiting', slow: false }],
    ['outside Office, Office.js never answers', false, waited(outsideMs), { mode: 'browser' }],
    ['outside Office by the signs, but Office.js says Excel', false, { state: 'ready', host: 'Excel' }, { mode: 'excel' }],
  ])('%s', (_what, inOffice, answer, expected) => {
    expect(paneStart(inOffice, answer)).toEqual(expected);
  });

  it('takes the limits it is given, so a test can shorten them', () => {
    expect(paneStart(true, waited(20), { slowMs: 10, noAnswerMs: 20, outsideMs: 10 })).toEqual({ mode: 'cannot-connect', why: 'no-answer' });
  });

  it.each<[PaneStart, boolean]>([
    [{ mode: 'excel' }, true],
    [{ mode: 'browser' }, true],
    [{ mode: 'cannot-connect', why: 'office-js-missing' }, true],
    [{ mode: 'cannot-connect', why: 'not-excel', detail: 'Word' }, true],
    // Excel may still answer: the pane goes on listening
    [{ mode: 'cannot-connect', why: 'no-answer' }, false],
    [{ mode: 'waiting', slow: true }, false],
  ])('%j is final: %s', (start, final) => {
    expect(isFinal(start)).toBe(final);
  });
});

describe('cannotConnectText', () => {
  it.each([
    ['office-js-missing', undefined, 'Tracker Check could not connect to Excel', /Office.js\) did not load.*blocks appsforoffice\.microsoft\.com causes/],
    ['office-js-missing', 'static.council.gov.uk', 'Tracker Check could not connect to Excel', /Office.js\) did not load.*blocks static\.council\.gov\.uk causes/],
    ['office-js-failed', 'Sys is undefined', 'Tracker Check could not connect to Excel', /^Office.js reported a problem while starting: “Sys is undefined”\.$/],
    ['no-answer', undefined, 'Tracker Check could not connect to Excel', /not answered for a minute.*starts if Excel answers/],
    ['not-excel', 'Word', 'Tracker Check works in Excel only', /^It was opened in Word\./],
  ] as const)('%s: titled and explained', (why, detail, title, first) => {
    const text = cannotConnectText(why, detail);
    expect(text.title).toBe(title);
    expect(text.lines[0]).toMatch(first);
  });

  it.each(['office-js-missing', 'office-js-failed', 'no-answer'] as const)('%s: says to reload the add-in', (why) => {
    expect(cannotConnectText(why).lines.at(-1)).toMatch(/^Reload the add-in/);
  });
});
