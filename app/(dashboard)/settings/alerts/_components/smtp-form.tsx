'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { SecretField } from '@/components/secret-field';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useActionForm } from '@/components/use-action-form';
import type { SmtpSettingsDTO } from '@/lib/alerts/smtp-settings';
import { DIGEST_HOURS, smtpSettingsSchema, type SmtpSettingsInput } from '@/lib/validations/alerts';
import { saveSmtpSettingsAction } from '../actions';

const FIELDS = ['host', 'port', 'tlsMode', 'username', 'password', 'fromAddress', 'digestHourUtc'] as const;

const toValues = (s: SmtpSettingsDTO): SmtpSettingsInput => ({
  host: s.host,
  port: s.port,
  tlsMode: s.tlsMode,
  username: s.username,
  password: '',
  fromAddress: s.fromAddress,
  digestHourUtc: s.digestHourUtc,
});

/** The SMTP server alerts are emailed through; the password is write-only. */
export function SmtpForm({ settings: initial }: { settings: SmtpSettingsDTO }) {
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState<string[] | null>(null);
  const { register, control, reset, submitAction, errors, busy, failure } = useActionForm(smtpSettingsSchema, toValues(initial));
  const submit = submitAction(
    (v) => {
      setSaved(null);
      return saveSmtpSettingsAction(v);
    },
    FIELDS,
    (data) => {
      setSettings(data.settings);
      reset(toValues(data.settings));
      setSaved(data.changed);
    },
  );
  return (
    <Box component="form" noValidate onSubmit={(e) => void submit(e)} aria-label="SMTP settings">
      <Stack spacing={2} sx={{ maxWidth: 640 }}>
        <Stack direction="row" spacing={2}>
          <TextField label="SMTP host" {...register('host')} error={!!errors.host} helperText={errors.host?.message ?? 'e.g. smtp.office365.com'} sx={{ flex: 1 }} />
          <TextField label="Port" {...register('port')} error={!!errors.port} helperText={errors.port?.message} sx={{ width: 120 }} />
        </Stack>
        <Controller
          name="tlsMode"
          control={control}
          render={({ field }) => (
            <TextField select label="TLS" {...field} error={!!errors.tlsMode} helperText={errors.tlsMode?.message ?? 'STARTTLS on 587, TLS from the start on 465'}>
              <MenuItem value="starttls">STARTTLS (required)</MenuItem>
              <MenuItem value="tls">TLS from the start</MenuItem>
              <MenuItem value="none">None (plain, local relays only)</MenuItem>
            </TextField>
          )}
        />
        <TextField label="SMTP username" autoComplete="off" {...register('username')} error={!!errors.username} helperText={errors.username?.message ?? 'Empty: no sign-in'} />
        <Controller
          name="password"
          control={control}
          render={({ field }) => <SecretField label="SMTP password" stored={settings.passwordStored} field={field} disabled={false} error={errors.password?.message} />}
        />
        <TextField label="From address" {...register('fromAddress')} error={!!errors.fromAddress} helperText={errors.fromAddress?.message ?? 'The sender of alert emails'} />
        <Controller
          name="digestHourUtc"
          control={control}
          render={({ field }) => (
            <TextField select label="Daily digest at (UTC)" {...field} error={!!errors.digestHourUtc} helperText={errors.digestHourUtc?.message} sx={{ maxWidth: 240 }}>
              {DIGEST_HOURS.map((h) => (
                <MenuItem key={h} value={h}>
                  {h.padStart(2, '0')}:00
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        {failure && <ActionErrorAlert failure={failure} title="SMTP settings not saved" />}
        {saved && (
          <Alert severity="success" data-testid="smtp-saved">
            SMTP settings saved. {saved.length ? `Changed: ${saved.join(', ')}.` : 'Nothing changed.'}
          </Alert>
        )}
        <Box>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'Saving…' : 'Save SMTP settings'}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
