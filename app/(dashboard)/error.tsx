'use client';
// The last line of defence inside the dashboard: never a framework error screen. Pages show
// upstream errors themselves; this catches anything they did not expect, with a way back.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Link from 'next/link';

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Alert severity="error" data-testid="page-error" sx={{ maxWidth: 720 }}>
      <AlertTitle>This page could not be shown</AlertTitle>
      Something went wrong while preparing it. Try again; if it keeps happening, give this reference to your administrator
      {error.digest ? (
        <>
          : <code>{error.digest}</code>
        </>
      ) : null}
      .
      <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
        <Button variant="outlined" color="inherit" size="small" onClick={() => reset()}>
          Try again
        </Button>
        <Button color="inherit" size="small" component={Link} href="/">
          Dashboard
        </Button>
      </Stack>
    </Alert>
  );
}
