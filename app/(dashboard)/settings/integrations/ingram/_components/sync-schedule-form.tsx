'use client';
// The sync's schedule: incremental interval, the daily full run (UTC), the call budget and the
// age at which a page revalidates a tenant live. Field errors land on their fields.
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useActionForm } from '@/components/use-action-form';
import { syncStatusKey } from '@/lib/inventory/queries-client';
import type { SyncSettings } from '@/lib/inventory/sync/settings';
import { syncSettingsSchema } from '@/lib/validations/sync-settings';
import { saveSyncSettingsAction } from '../actions';

const FIELDS = ['enabled', 'intervalMinutes', 'fullRunAt', 'callBudgetPerMinute', 'staleAfterSeconds'] as const;

export function SyncScheduleForm({ settings }: { settings: SyncSettings }) {
  const qc = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const { control, register, errors, busy, failure, submitAction } = useActionForm(syncSettingsSchema, {
    enabled: settings.enabled,
    intervalMinutes: settings.intervalMinutes,
    fullRunAt: settings.fullRunAt,
    callBudgetPerMinute: settings.callBudgetPerMinute,
    staleAfterSeconds: settings.staleAfterSeconds,
  });
  const onSubmit = submitAction(saveSyncSettingsAction, FIELDS, (data) => {
    setSaved(data.changed.length ? `Schedule saved (${data.changed.join(', ')}).` : 'Schedule saved, nothing changed.');
    void qc.invalidateQueries({ queryKey: syncStatusKey });
  });
  const num = (name: (typeof FIELDS)[number], label: string, helper: string) => (
    <TextField label={label} type="number" {...register(name)} error={!!errors[name]} helperText={errors[name]?.message ?? helper} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
  );
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label="Sync schedule">
      {failure && <ActionErrorAlert failure={failure} />}
      <SuccessNotice message={saved} testId="sync-settings-saved" onClose={() => setSaved(null)} />
      <Controller
        control={control}
        name="enabled"
        render={({ field }) => <FormControlLabel control={<Switch checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Scheduled sync on" />}
      />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        {num('intervalMinutes', 'Incremental every (minutes)', 'Reads only what changed since the last run.')}
        <TextField label="Full run at (HH:MM UTC)" {...register('fullRunAt')} error={!!errors.fullRunAt} helperText={errors.fullRunAt?.message ?? 'Reads every subscription once a day.'} />
        {num('callBudgetPerMinute', 'Call budget (per minute)', 'Upstream calls the sync may make, so people’s clicks go first.')}
        {num('staleAfterSeconds', 'Revalidate pages after (seconds)', 'CSP Licenses reads a tenant live when its rows are older.')}
      </Stack>
      <div>
        <Button type="submit" variant="contained" disabled={busy}>
          Save schedule
        </Button>
      </div>
    </Stack>
  );
}
