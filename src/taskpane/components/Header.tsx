import { useRef, useState } from 'react';
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneHost } from '../boot/whenOfficeReady';
import { downloadWorkbook, openWorkbook, type BrowserWorkbook } from '../browser/openWorkbook';
import { plainMessage } from '../state/plainMessage';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // at Excel's 350 px the badge goes under the title rather than past the pane's edge
  title: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  // a file name is one long word: it breaks rather than widen the pane
  name: { overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
  // at the end of the title line, quiet: it is there for the few who look for it
  about: { marginLeft: 'auto', minWidth: 0 },
});

export function Header({ mode, book, onOpened, onFailed, onAbout }: {
  mode: PaneHost;
  book: BrowserWorkbook | null;
  onOpened: (b: BrowserWorkbook) => void;
  /** shows again what Tracker Check reads and writes */
  onAbout: () => void;
  /** the file would not open: why, in one line */
  onFailed: (message: string) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [opening, setOpening] = useState(false);

  const picked = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setOpening(true);
    try {
      onOpened(await openWorkbook(file));
    } catch (err) {
      onFailed(plainMessage(err, `Opening ${file.name}`));
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
        <Button className={styles.about} size="small" appearance="transparent" onClick={onAbout}>About</Button>
      </div>
      {mode === 'browser' && (
        <>
          <Caption1>Your workbook is read and processed in this browser. Nothing is sent anywhere.</Caption1>
          <div className={styles.actions}>
            {/* small, so both fit side by side in Excel's 350 px pane */}
            <Button size="small" appearance={book ? 'secondary' : 'primary'} disabled={opening} onClick={() => input.current?.click()}>
              {opening ? 'Opening…' : 'Open a workbook…'}
            </Button>
            {book && <Button size="small" onClick={() => downloadWorkbook(book)}>Download workbook</Button>}
            <input ref={input} className={styles.hidden} type="file" aria-label="Workbook file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => void picked(e.target.files)} />
          </div>
          {book && <Text className={styles.name}>Open: <strong>{book.name}</strong></Text>}
        </>
      )}
    </header>
  );
}
