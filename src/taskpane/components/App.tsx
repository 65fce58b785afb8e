import { useEffect, useMemo, useState } from 'react';
import { FluentProvider, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { todayIso, type WorkbookHost } from '../../core';
import type { PaneHost } from '../boot/whenOfficeReady';
import { usePane } from '../state/usePane';
import { errorCount, nextStep } from '../state/resultMessage';
import { Header } from './Header';
import { StatusBar } from './StatusBar';
import { AsAtBar } from './AsAtBar';
import { TrackerTab } from './TrackerTab';
import { CheckTab } from './CheckTab';
import { RagTab } from './RagTab';
import { SummariesTab } from './SummariesTab';
import { ChangesTab } from './ChangesTab';
import { BrowserWorkspace } from './BrowserWorkspace';
import { FirstRun } from './FirstRun';
import type { BrowserWorkbook } from '../browser/openWorkbook';
import { firstRunSeen, rememberFirstRun } from '../state/firstRun';

/**
 * Below this width the browser window has no room for the pane and the workbook side by side, so the
 * workbook goes under the pane, as wide as the window.
 */
const SIDE_BY_SIDE = '@media (max-width: 799px)';

const useStyles = makeStyles({
  page: {
    display: 'flex', height: '100%', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
    [SIDE_BY_SIDE]: { flexDirection: 'column', height: 'auto', minHeight: '100%' },
  },
  pane: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, boxSizing: 'border-box',
    overflowY: 'auto', minWidth: 0,
  },
  paneInBrowser: {
    width: '400px', flexShrink: 0, borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    [SIDE_BY_SIDE]: { width: '100%', overflowY: 'visible', borderRight: 'none', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  paneInExcel: { width: '100%' },
  tabs: { flexWrap: 'wrap' },
  panel: { minWidth: 0 },
});

type TabName = 'tracker' | 'check' | 'rag' | 'summaries' | 'changes';

/** The tabs in order, by their visible titles, which also name their panels. */
const TABS: readonly (readonly [TabName, string])[] = [['tracker', 'Tracker'], ['check', 'Check'], ['rag', 'RAG'], ['summaries', 'Summaries'], ['changes', 'Changes']];

/** localStorage, or null where the browser blocks it (reading the property can throw) */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Office's key for this add-in's storage in Office on the web; undefined elsewhere */
function partitionKey(): string | undefined {
  return typeof Office !== 'undefined' ? Office.context?.partitionKey : undefined;
}

export function App({ mode, dark }: { mode: PaneHost; dark: boolean }) {
  const styles = useStyles();
  const [host, setHost] = useState<WorkbookHost | null>(null);
  const [browserBook, setBrowserBook] = useState<BrowserWorkbook | null>(null);
  const [tab, setTab] = useState<TabName>('tracker');
  const [state, actions] = usePane(host);
  const [startError, setStartError] = useState<string | null>(null);
  // bumped to send focus to the RAG tab's as-at date
  const [changeAsAt, setChangeAsAt] = useState(0);
  // the first-run screen until Start, once; again from About
  const [started, setStarted] = useState(() => firstRunSeen(browserStorage(), partitionKey()));
  const [about, setAbout] = useState(false);

  useEffect(() => {
    // nothing of the workbook is read until the user has seen what will be, and pressed Start
    if (mode !== 'excel' || !started) return;
    // the Office adapter is loaded only inside Excel
    import('../../workbook/office/excelHost')
      .then(({ createExcelHost }) => setHost(createExcelHost()))
      .catch((err: unknown) => setStartError(`Tracker Check could not connect to the workbook: ${err instanceof Error ? err.message : String(err)}`));
  }, [mode, started]);

  const start = () => {
    if (!started) rememberFirstRun(browserStorage(), partitionKey());
    setStarted(true);
    setAbout(false);
  };

  const opened = (book: BrowserWorkbook) => {
    setBrowserBook(book);
    setHost(book.host);
    setTab('tracker');
  };

  const today = todayIso();
  const outcome = state.outcome;
  const report = outcome && 'sheets' in outcome.report ? outcome.report : null;
  // a write can save settings, so the workbook is read again after one
  const savedAsAt = useMemo(() => browserBook?.savedAsAt() ?? null, [browserBook, state.lastWrite]);
  // Excel users see the date, and where it came from; a file opened in the browser with none saved is asked for one
  const askAsAt = mode === 'browser' && outcome !== null && state.request.asAt === undefined && savedAsAt === null;
  const notice = state.notice ?? (startError ? { intent: 'error' as const, text: startError, focus: true } : null);
  const next = notice?.event ? nextStep(notice.event, {
    browser: mode === 'browser', asAtToSet: askAsAt, trackers: report?.sheets.length ?? 0, errors: outcome ? errorCount(outcome.report) : 0,
  }) : null;

  const paneClass = `${styles.pane} ${mode === 'browser' ? styles.paneInBrowser : styles.paneInExcel}`;
  const pane = !started || about ? (
    <main className={paneClass} aria-label="Tracker Check">
      <FirstRun mode={mode} again={started} onStart={start} />
    </main>
  ) : (
    <main className={paneClass} aria-label="Tracker Check">
      <Header mode={mode} book={browserBook} onOpened={opened} onAbout={() => setAbout(true)}
        onFailed={(text) => actions.tell({ intent: 'error', text, event: 'openFailed', focus: true })} />
      {/* in Excel a job waits on Excel and the page is free: a bar only for a job past 300 ms. In the browser a
          job holds the page between its steps, and a bar held back would first show after its longest step. */}
      <StatusBar busy={state.busy} notice={notice} next={next} onDismiss={actions.dismiss} onCancel={actions.cancel}
        showAfterMs={mode === 'excel' ? 300 : 0} />
      {host && outcome && (
        <AsAtBar asAt={outcome.settings.asAt} today={today} givenHere={state.request.asAt !== undefined} ask={askAsAt}
          ruleSet={outcome.settings.ruleSet} sheets={report?.sheets ?? []} busy={state.busy !== null}
          onUse={(asAt) => void actions.check({ asAt })}
          onChange={() => {
            setTab('rag');
            setChangeAsAt((n) => n + 1);
          }} />
      )}
      {host && (
        <>
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} aria-label="Steps">
            {TABS.map(([value, title]) => <Tab key={value} value={value} id={`tab-${value}`} aria-controls={`panel-${value}`}>{title}</Tab>)}
          </TabList>
          {/* a panel for each tab, so each tab's aria-controls names one; only the selected one has content */}
          {TABS.map(([value]) => (
            <div key={value} id={`panel-${value}`} className={styles.panel} role="tabpanel" aria-labelledby={`tab-${value}`} hidden={tab !== value}>
              {tab === value && value === 'tracker' && <TrackerTab state={state} actions={actions} />}
              {tab === value && value === 'check' && <CheckTab state={state} actions={actions} />}
              {tab === value && value === 'rag' && <RagTab state={state} actions={actions} focusAsAt={changeAsAt} />}
              {tab === value && value === 'summaries' && <SummariesTab state={state} actions={actions} />}
              {tab === value && value === 'changes' && <ChangesTab state={state} actions={actions} />}
            </div>
          ))}
        </>
      )}
    </main>
  );

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: '100%' }}>
      <div className={styles.page}>
        {pane}
        {mode === 'browser' && <BrowserWorkspace book={browserBook} outcome={outcome} lastWrite={state.lastWrite} ragShown={!askAsAt} />}
      </div>
    </FluentProvider>
  );
}
