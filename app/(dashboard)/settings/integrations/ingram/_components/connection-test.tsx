'use client';
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, useTransition } from 'react';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { ConnectionStep, ConnectionTestResult } from '@/lib/ingram';
import { testIngramConnection } from '../actions';

const STEP_LABEL: Record<ConnectionStep['step'], string> = {
  reach: 'Reach the host',
  token: 'Get an access token',
  resource: 'Call a resource (reseller account)',
};

// What to check next, per cause; each names only what it is about.
const NEXT_STEP: Record<NonNullable<ConnectionStep['cause']>, string> = {
  credentials: 'Check the API username and password on the “Marketplace API” page of the Ingram Micro control panel, type the password again and save.',
  'subscription-key': 'Copy the subscription key again from the “Marketplace API” page of the Ingram Micro control panel and save.',
  marketplace: 'Check the marketplace code on the “Marketplace API” page of the Ingram Micro control panel (for example us, ca or eu) and save.',
  throttled: 'Ingram Micro is limiting requests for the moment: wait a minute, then test again.',
  unreachable: 'Check the base URL, and that this server can reach it.',
  other: '',
};

function facts(s: ConnectionStep): string {
  return [`${s.ms} ms`, s.status !== undefined ? `HTTP ${s.status}` : '', s.correlationId ? `Correlation ID: ${s.correlationId}` : ''].filter(Boolean).join(' · ');
}

/** Runs the client's connection test with the saved settings and shows each step. */
export function ConnectionTest({ enabled }: { enabled: boolean }) {
  const [result, setResult] = useState<ConnectionTestResult>();
  const [failure, setFailure] = useState<ActionFailure>();
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      setResult(undefined);
      setFailure(undefined);
      const answer = await testIngramConnection({});
      if (answer.ok) setResult(answer.data);
      else setFailure(answer);
    });

  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Typography color="text.secondary">Tests the saved settings{enabled ? '' : ' (also while the integration is off)'}: save your changes first.</Typography>
      <Box>
        <Button variant="outlined" onClick={run} disabled={pending}>
          {pending ? 'Testing…' : 'Test connection'}
        </Button>
      </Box>
      {pending && <LinearProgress aria-label="Testing the connection" />}
      {failure && <ActionErrorAlert failure={failure} onRetry={run} title="The connection test could not run" />}
      {result && (
        <Box data-testid="connection-result">
          {result.ok && result.reseller ? (
            <Alert severity="success">
              <AlertTitle>Connected</AlertTitle>
              Reseller {result.reseller.name} (id {result.reseller.id})
            </Alert>
          ) : (
            <FailedAlert result={result} />
          )}
          <List dense aria-label="Connection test steps">
            {result.steps.map((s) => (
              <ListItem key={s.step}>
                <ListItemIcon>{s.ok ? <CheckCircleIcon color="success" /> : <CancelIcon color="error" />}</ListItemIcon>
                <ListItemText primary={`${STEP_LABEL[s.step]}: ${s.ok ? 'OK' : 'failed'} — ${s.detail}`} secondary={facts(s)} />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </Stack>
  );
}

function FailedAlert({ result }: { result: ConnectionTestResult }) {
  const failed = result.steps.find((s) => !s.ok);
  const next = failed?.cause ? NEXT_STEP[failed.cause] : '';
  return (
    <Alert severity="error">
      <AlertTitle>The connection test failed</AlertTitle>
      {failed?.detail ?? result.error?.message ?? 'See the steps below.'}
      {next && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {next}
        </Typography>
      )}
    </Alert>
  );
}
