'use client';
import dynamic from 'next/dynamic';

// MUI's Alert loads with the first confirmation shown, not with the page (issue 20).
// `loading` gives it its own Suspense boundary, so loading it never hides the page around it.
const Alert = dynamic(() => import('@mui/material/Alert'), { loading: () => null });

/** The last change's confirmation above a list, until it is closed. */
export function SuccessNotice({ message, testId, onClose }: { message: string | null; testId: string; onClose: () => void }) {
  if (!message) return null;
  return (
    <Alert severity="success" data-testid={testId} onClose={onClose}>
      {message}
    </Alert>
  );
}
