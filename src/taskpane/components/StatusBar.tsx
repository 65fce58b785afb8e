import { useEffect, useRef, useState } from 'react';
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, makeStyles } from '@fluentui/react-components';
import type { Busy, Notice } from '../state/usePane';

/** Shown once a job has run for this long, so quick jobs do not flash a bar. */
const SHOW_AFTER_MS = 300;

const useStyles = makeStyles({
  // a long message (a file name, a reason quoted from the reader) wraps inside the pane
  body: { overflowWrap: 'anywhere', minWidth: 0 },
  next: { display: 'block' },
});

/**
 * The pane's one result message: what the last job found or did, and what to do next. It takes focus
 * when it reports something the user asked for, so a keyboard or screen-reader user lands on the answer.
 */
export function StatusBar({ busy, notice, next, onDismiss }: { busy: Busy | null; notice: Notice | null; next: string | null; onDismiss: () => void }) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!busy) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [busy !== null]);
  // every notice is a new object: the same words reported twice still move focus
  useEffect(() => {
    if (notice?.focus) message.current?.focus();
  }, [notice]);

  return (
    <div>
      <div aria-live="polite">
        {busy && shown && (
          <Field validationMessage={busy.what + (busy.total > 0 ? ` (${busy.done} of ${busy.total})` : '…')} validationState="none">
            <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} max={1} aria-label={busy.what} />
          </Field>
        )}
      </div>
      {notice && (
        <MessageBar ref={message} id="result-message" tabIndex={-1} intent={notice.intent} layout="multiline" aria-labelledby="result-message-text">
          <MessageBarBody id="result-message-text" className={styles.body}>
            <span>{notice.text}</span>
            {next && <span className={styles.next}>{next}</span>}
          </MessageBarBody>
          {/* an icon-only button: a labelled one takes a quarter of Excel's 350 px pane from the message */}
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="Dismiss" icon={<span aria-hidden="true">✕</span>} onClick={onDismiss} />} />
        </MessageBar>
      )}
    </div>
  );
}
