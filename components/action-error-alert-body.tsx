'use client';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ActionFailure } from '@/lib/actions/result';

export type ActionErrorAlertProps = { failure: ActionFailure; onRetry?: () => void; title?: string };

/** ActionErrorAlert's alert itself, loaded when a failure is first shown. */
export function ActionErrorAlertBody({ failure, onRetry, title }: ActionErrorAlertProps) {
  const up = failure.upstream;
  const fields = failure.fieldErrors ? Object.entries(failure.fieldErrors) : [];
  return (
    <Alert
      severity="error"
      data-testid="action-error"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title ?? (up ? `Ingram Micro: ${up.operation} failed` : 'Not done')}</AlertTitle>
      {failure.error}
      {fields.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {fields.map(([field, messages]) => (
            <li key={field}>
              {field === '_form' ? '' : `${field}: `}
              {messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
      {up && (up.status !== undefined || up.correlationId) && (
        <Typography variant="caption" component="div" sx={{ mt: 0.5, fontFamily: 'monospace' }}>
          {up.status !== undefined && <>HTTP {up.status}</>}
          {up.status !== undefined && up.correlationId && ' · '}
          {up.correlationId && <>Correlation ID: {up.correlationId}</>}
        </Typography>
      )}
    </Alert>
  );
}
