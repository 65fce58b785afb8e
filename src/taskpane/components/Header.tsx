import { useRef, useState } from 'react';
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneHost } from '../boot/whenOfficeReady';
import { downloadWorkbook, openWorkbook, type BrowserWorkbook } from '../browser/openWorkbook';
import { plainMessage } from '../state/plainMessage';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  hidden: { display: 'none' },
});

export function Header({ mode, book, onOpened }: { mode: PaneHost; book: BrowserWorkbook | null; onOpened: (b: BrowserWorkbook) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [opening, setOpening] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const picked = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setOpening(true);
    setProblem(null);
    try {
      onOpened(await openWorkbook(file));
    } catch (err) {
      setProblem(plainMessage(err, `Opening ${file.name}`));
    } finally {
      setOpening(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <header className={styles.header}>
      <div className={styles.title}>
        <Text as="h1" weight="semibold" size={500}>Tracker Check</Text>
        <Caption1>version {__TRACKER_CHECK_VERSION__}</Caption1>
        {mode === 'browser' && <Badge appearance="outline">browser mode</Badge>}
      </div>
      {mode === 'browser' && (
        <>
          <Caption1>Your workbook is read and processed in this browser. Nothing is sent anywhere.</Caption1>
          <div className={styles.actions}>
            <Button appearance={book ? 'secondary' : 'primary'} disabled={opening} onClick={() => input.current?.click()}>
              {opening ? 'Opening…' : 'Open a workbook…'}
            </Button>
            {book && <Button onClick={() => downloadWorkbook(book)}>Download workbook</Button>}
            <input ref={input} className={styles.hidden} type="file" aria-label="Workbook file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => void picked(e.target.files)} />
          </div>
          {book && <Text>Open: <strong>{book.name}</strong></Text>}
          {problem && <Text role="alert">{problem}</Text>}
        </>
      )}
    </header>
  );
}
