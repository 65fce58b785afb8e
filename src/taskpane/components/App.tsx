import { useEffect, useState } from 'react';
import { FluentProvider, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { WorkbookHost } from '../../core/run/workbookHost';
import type { PaneHost } from '../boot/whenOfficeReady';
import { usePane } from '../state/usePane';
import { Header } from './Header';
import { StatusBar } from './StatusBar';
import { TrackerTab } from './TrackerTab';
import { CheckTab } from './CheckTab';
import { RagTab } from './RagTab';
import { SummariesTab } from './SummariesTab';
import { BrowserWorkspace } from './BrowserWorkspace';
import type { BrowserWorkbook } from '../browser/openWorkbook';

const useStyles = makeStyles({
  page: { display: 'flex', height: '100%', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', overflowY: 'auto', minWidth: 0 },
  paneInBrowser: { width: '400px', flexShrink: 0, borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  paneInExcel: { width: '100%' },
});

type TabName = 'tracker' | 'check' | 'rag' | 'summaries';

export function App({ mode, dark }: { mode: PaneHost; dark: boolean }) {
  const styles = useStyles();
  const [host, setHost] = useState<WorkbookHost | null>(null);
  const [browserBook, setBrowserBook] = useState<BrowserWorkbook | null>(null);
  const [tab, setTab] = useState<TabName>('tracker');
  const [state, actions] = usePane(host);
  const [startError, setStartError] = useState<string | null>(null);

  useEffect(() => {
    if (mode !== 'excel') return;
    // the Office adapter is loaded only inside Excel
    import('../../workbook/office/excelHost')
      .then(({ createExcelHost }) => setHost(createExcelHost()))
      .catch((err: unknown) => setStartError(`Tracker Check could not connect to the workbook: ${err instanceof Error ? err.message : String(err)}`));
  }, [mode]);

  const opened = (book: BrowserWorkbook) => {
    setBrowserBook(book);
    setHost(book.host);
    setTab('tracker');
  };

  const pane = (
    <main className={`${styles.pane} ${mode === 'browser' ? styles.paneInBrowser : styles.paneInExcel}`} aria-label="Tracker Check">
      <Header mode={mode} book={browserBook} onOpened={opened} />
      <StatusBar busy={state.busy} notice={state.notice ?? (startError ? { intent: 'error', text: startError } : null)} onDismiss={actions.dismiss} />
      {host && (
        <>
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} aria-label="Steps">
            <Tab value="tracker">Tracker</Tab>
            <Tab value="check">Check</Tab>
            <Tab value="rag">RAG</Tab>
            <Tab value="summaries">Summaries</Tab>
          </TabList>
          <div role="tabpanel" aria-label={tab}>
            {tab === 'tracker' && <TrackerTab state={state} actions={actions} />}
            {tab === 'check' && <CheckTab state={state} actions={actions} />}
            {tab === 'rag' && <RagTab state={state} actions={actions} />}
            {tab === 'summaries' && <SummariesTab state={state} actions={actions} />}
          </div>
        </>
      )}
    </main>
  );

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: '100%' }}>
      <div className={styles.page}>
        {pane}
        {mode === 'browser' && <BrowserWorkspace book={browserBook} outcome={state.outcome} lastWrite={state.lastWrite} />}
      </div>
    </FluentProvider>
  );
}
