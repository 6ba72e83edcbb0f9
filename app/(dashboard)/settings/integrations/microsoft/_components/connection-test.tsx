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
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, useTransition } from 'react';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { MicrosoftConnectionStep, MicrosoftConnectionTest } from '@/lib/microsoft';
import { testMicrosoftConnectionAction } from '../actions';

const STEP_LABEL: Record<MicrosoftConnectionStep['step'], string> = {
  'partner-token': 'Token in the partner tenant',
  contracts: 'Partner Center customers (contracts)',
  'customer-token': 'Token in a customer tenant',
  'subscribed-skus': 'Licenses in that tenant (subscribed SKUs)',
};

const facts = (s: MicrosoftConnectionStep) =>
  [s.tenantId ? `Tenant ${s.tenantId}` : '', s.status !== undefined ? `HTTP ${s.status}` : '', s.code ?? '', s.correlationId ? `Correlation ID: ${s.correlationId}` : ''].filter(Boolean).join(' · ');

type Props = { configured: boolean; tenants: Array<{ tenantId: string; displayName: string }> };

/** Runs the connection test with the saved settings and shows each step and why it failed. */
export function ConnectionTest({ configured, tenants }: Props) {
  const [tenant, setTenant] = useState('');
  const [result, setResult] = useState<MicrosoftConnectionTest>();
  const [failure, setFailure] = useState<ActionFailure>();
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      setResult(undefined);
      setFailure(undefined);
      const answer = await testMicrosoftConnectionAction({ customerTenantId: tenant || undefined });
      if (answer.ok) setResult(answer.data);
      else setFailure(answer);
    });
  const failed = result?.steps.find((s) => !s.ok);

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography color="text.secondary">Tests the saved settings{configured ? '' : ' (none saved yet)'}: save your changes first.</Typography>
      <TextField select label="Customer tenant to try" value={tenant} onChange={(e) => setTenant(e.target.value)} sx={{ maxWidth: 420 }}>
        <MenuItem value="">The first customer Partner Center lists</MenuItem>
        {tenants.map((t) => (
          <MenuItem key={t.tenantId} value={t.tenantId}>
            {t.displayName}
          </MenuItem>
        ))}
      </TextField>
      <Box>
        <Button variant="outlined" onClick={run} disabled={pending}>
          {pending ? 'Testing…' : 'Test connection'}
        </Button>
      </Box>
      {pending && <LinearProgress aria-label="Testing the connection" />}
      {failure && <ActionErrorAlert failure={failure} onRetry={run} title="The connection test could not run" />}
      {result && (
        <Box data-testid="connection-result">
          {result.ok ? (
            <Alert severity="success">
              <AlertTitle>Connected</AlertTitle>
              {result.steps.map((s) => s.detail).join('; ')}
            </Alert>
          ) : (
            <Alert severity="error">
              <AlertTitle>{failed ? `${STEP_LABEL[failed.step]} failed` : 'The connection test failed'}</AlertTitle>
              {failed?.detail ?? 'See the steps below.'}
            </Alert>
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
