'use client';
import Alert from '@mui/material/Alert';

/** The last change's confirmation above a list, until it is closed. */
export function SuccessNotice({ message, testId, onClose }: { message: string | null; testId: string; onClose: () => void }) {
  if (!message) return null;
  return (
    <Alert severity="success" data-testid={testId} onClose={onClose}>
      {message}
    </Alert>
  );
}
