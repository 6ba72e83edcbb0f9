'use client';
// The scaffolding every form dialog shares: a titled dialog around one form, its fields in a column
// under the action's failure, and Cancel beside the submit button (both off while it runs).
import Button from '@mui/material/Button';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { FormEvent, ReactNode } from 'react';
import type { ActionFailure } from '@/lib/actions/result';
import { ActionErrorAlert } from './upstream-error';

type Props = {
  /** The title element's id: it names the dialog. */
  titleId: string;
  title: string;
  maxWidth?: DialogProps['maxWidth'];
  busy: boolean;
  submitLabel: string;
  busyLabel?: string;
  /** A failed action, shown above the fields. */
  failure?: ActionFailure | null;
  /** Shown instead of the fields once the work is done; then only Close is left. */
  done?: ReactNode;
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
};

export function FormDialog({ titleId, title, maxWidth = 'sm', busy, submitLabel, busyLabel = 'Saving…', failure, done, onClose, onSubmit, children }: Props) {
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth={maxWidth} fullWidth aria-labelledby={titleId}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {done ? (
            done
          ) : (
            <Stack spacing={2} sx={{ pt: 1 }}>
              {failure && <ActionErrorAlert failure={failure} />}
              {children}
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {done ? 'Close' : 'Cancel'}
          </Button>
          {!done && (
            <Button type="submit" variant="contained" disabled={busy}>
              {busy ? busyLabel : submitLabel}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
