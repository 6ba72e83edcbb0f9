'use client';
// The NCE window length per product: Microsoft has changed the 168 hours before. A product listed here
// has its own length; every other product keeps the default. Saved and removed rows are audited.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DataTable } from '@/components/data-table';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useActionForm } from '@/components/use-action-form';
import type { ActionFailure } from '@/lib/actions/result';
import type { WindowLengthDTO } from '@/lib/licenses/window-lengths';
import { windowLengthSchema } from '@/lib/validations/window-lengths';
import { removeWindowLengthAction, saveWindowLengthAction } from '../actions';

const FIELDS = ['mpn', 'hours', 'note'] as const;

export function NceWindowsSection({ rows, defaultHours }: { rows: WindowLengthDTO[]; defaultHours: number }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const [removeFailure, setRemoveFailure] = useState<ActionFailure | null>(null);
  const { register, errors, busy, failure, submitAction, reset } = useActionForm(windowLengthSchema, { mpn: '', hours: defaultHours, note: '' });
  const onSubmit = submitAction(saveWindowLengthAction, FIELDS, (row) => {
    setSaved(`${row.mpn}: ${row.hours} hours.`);
    reset({ mpn: '', hours: defaultHours, note: '' });
    router.refresh();
  });
  const remove = async (mpn: string) => {
    setRemoveFailure(null);
    const res = await removeWindowLengthAction({ mpn });
    if (!res.ok) return setRemoveFailure(res);
    setSaved(`${mpn}: back to ${defaultHours} hours.`);
    router.refresh();
  };
  const columns: GridColDef<WindowLengthDTO>[] = [
    { field: 'mpn', headerName: 'MPN', flex: 1, minWidth: 180 },
    { field: 'hours', headerName: 'Window (hours)', type: 'number', width: 140 },
    { field: 'note', headerName: 'Note', flex: 1, minWidth: 160 },
    { field: 'updatedBy', headerName: 'Changed by', width: 200 },
    { field: 'updatedAt', headerName: 'Changed', width: 180, valueFormatter: (v: string) => new Date(v).toLocaleString() },
    {
      field: 'actions',
      headerName: '',
      width: 170,
      sortable: false,
      disableExport: true,
      renderCell: ({ row }) => (
        <Button size="small" onClick={() => void remove(row.mpn)} aria-label={`Use the default for ${row.mpn}`}>
          Use default
        </Button>
      ),
    },
  ];
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        Seats added by a purchase, an increase or a renewal can be reduced for {defaultHours} hours. If Microsoft sets another window for a product, enter it here; the licenses pages, the dashboard
        and the alerts count that product’s windows with it.
      </Typography>
      {failure && <ActionErrorAlert failure={failure} />}
      {removeFailure && <ActionErrorAlert failure={removeFailure} />}
      <SuccessNotice message={saved} testId="window-length-saved" onClose={() => setSaved(null)} />
      <Stack component="form" direction={{ xs: 'column', md: 'row' }} spacing={2} onSubmit={onSubmit} noValidate aria-label="Product NCE window">
        <TextField label="MPN" {...register('mpn')} error={!!errors.mpn} helperText={errors.mpn?.message ?? 'As on the subscription, e.g. CFQ7TTC0LCHC:0002'} />
        <TextField label="Window (hours)" type="number" {...register('hours')} error={!!errors.hours} helperText={errors.hours?.message ?? `Default ${defaultHours}`} />
        <TextField label="Note" {...register('note')} error={!!errors.note} helperText={errors.note?.message ?? 'Why (optional)'} sx={{ flex: 1 }} />
        <div>
          <Button type="submit" variant="contained" disabled={busy}>
            Save window
          </Button>
        </div>
      </Stack>
      <DataTable exportName="nce-window-lengths" rows={rows} columns={columns} getRowId={(r) => r.mpn} autoHeight disableRowSelectionOnClick aria-label="Products with their own NCE window" />
    </Stack>
  );
}
