'use client';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormDialog } from '@/components/form-dialog';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useActionForm } from '@/components/use-action-form';
import { MAX_IMPORT_BYTES, tenantImportSchema } from '@/lib/validations/tenants';
import { importTenants } from '../actions';

/** Imports a CSV of tenants: all rows, or none with every bad row named. */
export function TenantImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (count: number) => void }) {
  const { register, submitAction, setValue, setError, failure, errors, busy } = useActionForm(tenantImportSchema, { csv: '' });

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setError('csv', { message: 'The file is larger than 1 MB' });
    setValue('csv', await file.text(), { shouldValidate: true });
  };

  // Row errors are not fields of this form: they all stay on the failure.
  const submit = submitAction(importTenants, [], (data) => onImported(data.imported));

  // The failure is shown under the rows it names, not above them.
  return (
    <FormDialog titleId="tenant-import-title" title="Import tenants from CSV" maxWidth="md" submitLabel="Import" busyLabel="Importing…" busy={busy} onClose={onClose} onSubmit={submit}>
      <Typography variant="body2" color="text.secondary">
        Columns: tenant id, display name, default domain (a header row naming them is optional). If any row is invalid or already in the list, nothing is imported and every problem row is listed.
      </Typography>
      <Button variant="outlined" component="label" sx={{ alignSelf: 'flex-start' }}>
        Choose CSV file
        <input hidden type="file" accept=".csv,text/csv" aria-label="CSV file" onChange={(e) => void readFile(e.target.files?.[0])} />
      </Button>
      <TextField
        label="CSV rows"
        multiline
        minRows={6}
        maxRows={14}
        {...register('csv')}
        error={!!errors.csv}
        helperText={errors.csv?.message ?? 'The chosen file appears here; you can also paste rows.'}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
      />
      {busy && <LinearProgress aria-label="Importing" />}
      {failure && <ActionErrorAlert failure={failure} title="Nothing was imported" />}
      {failure?.code === 'FORBIDDEN' && <Alert severity="warning">Ask an admin to import these tenants.</Alert>}
    </FormDialog>
  );
}
