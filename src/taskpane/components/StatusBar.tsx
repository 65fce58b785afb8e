import { useEffect, useState } from 'react';
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import type { Busy, Notice } from '../state/usePane';

/** Shown once a job has run for this long, so quick jobs do not flash a bar. */
const SHOW_AFTER_MS = 300;

export function StatusBar({ busy, notice, onDismiss }: { busy: Busy | null; notice: Notice | null; onDismiss: () => void }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!busy) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [busy !== null]);

  return (
    <div aria-live="polite">
      {busy && shown && (
        <Field validationMessage={busy.what + (busy.total > 0 ? ` (${busy.done} of ${busy.total})` : '…')} validationState="none">
          <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} max={1} aria-label={busy.what} />
        </Field>
      )}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="Dismiss" onClick={onDismiss}>✕</Button>} />
        </MessageBar>
      )}
    </div>
  );
}
