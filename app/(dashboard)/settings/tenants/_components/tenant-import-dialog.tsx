'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import { MAX_IMPORT_BYTES, tenantImportSchema, type TenantImport } from '@/lib/validations/tenants';
import { importTenants } from '../actions';

/** Imports a CSV of tenants: all rows, or none with every bad row named. */
export function TenantImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (count: number) => void }) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TenantImport, unknown, z.output<typeof tenantImportSchema>>({
    resolver: zodResolver(tenantImportSchema),
    defaultValues: { csv: '' },
  });

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setError('csv', { message: 'The file is larger than 1 MB' });
    setValue('csv', await file.text(), { shouldValidate: true });
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const res = await importTenants(values);
    if (res.ok) onImported(res.data.imported);
    else setFailure(res);
  });

  return (
    <Dialog open onClose={isSubmitting ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="tenant-import-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="tenant-import-title">Import tenants from CSV</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              Columns: tenant id, display name, default domain (a header row naming them is optional). If any row is invalid or already in the list, nothing is imported and every problem row is
              listed.
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
            {isSubmitting && <LinearProgress aria-label="Importing" />}
            {failure && <ActionErrorAlert failure={failure} title="Nothing was imported" />}
            {failure?.code === 'FORBIDDEN' && <Alert severity="warning">Ask an admin to import these tenants.</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={isSubmitting}>
            {isSubmitting ? 'Importing…' : 'Import'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
