'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { IngramSettingsDTO, RoleChoice } from '@/lib/settings/ingram-settings';
import { BASE_URL_CHOICES, COMMON_MARKETPLACES, ingramSettingsSchema, type IngramSettingsInput } from '@/lib/validations/ingram-settings';
import { saveIngramSettingsAction } from '../actions';
import { SecretField } from '@/components/secret-field';

type Props = { settings: IngramSettingsDTO; roles: RoleChoice[]; sandboxUrl: string };

const toValues = (s: IngramSettingsDTO): IngramSettingsInput => ({
  enabled: s.enabled,
  baseUrlChoice: s.baseUrlChoice,
  customBaseUrl: s.customBaseUrl,
  username: s.username,
  password: '',
  subscriptionKey: '',
  marketplace: s.marketplace,
  purchaseRoles: s.purchaseRoles,
});

export function SettingsForm({ settings: initial, roles, sandboxUrl }: Props) {
  const router = useRouter();
  const [settings, setSettings] = useState(initial);
  const [failure, setFailure] = useState<ActionFailure>();
  const [saved, setSaved] = useState<string[]>();
  const [pending, startTransition] = useTransition();
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<IngramSettingsInput>({
    resolver: zodResolver(ingramSettingsSchema),
    defaultValues: toValues(initial),
  });
  const enabled = useWatch({ control, name: 'enabled' });
  const choice = useWatch({ control, name: 'baseUrlChoice' });
  const customBaseUrl = useWatch({ control, name: 'customBaseUrl' });
  const username = useWatch({ control, name: 'username' });
  const off = !enabled;
  // Stored secrets are never sent to a new host or for a new user: the form says so before saving.
  const moved =
    (settings.passwordStored || settings.subscriptionKeyStored) &&
    (choice !== settings.baseUrlChoice || (choice === 'custom' && (customBaseUrl ?? '').trim().replace(/\/+$/, '') !== settings.customBaseUrl) || (username ?? '').trim() !== settings.username);

  const submit = handleSubmit((values) => {
    // Cleared now, not inside the transition: an earlier "saved" must not show while this save runs.
    setFailure(undefined);
    setSaved(undefined);
    startTransition(async () => {
      const result = await saveIngramSettingsAction(values);
      if (!result.ok) {
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
          setError(field as keyof IngramSettingsInput, { message: messages.join(' ') });
        }
        setFailure(result);
        return;
      }
      setSettings(result.data.settings);
      reset(toValues(result.data.settings));
      setSaved(result.data.changed);
      router.refresh();
    });
  });

  const urlHelp = (c: string) => (c === 'sandbox' ? sandboxUrl : BASE_URL_CHOICES.find((x) => x.value === c)?.url || undefined);

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Ingram Micro settings">
      <Stack spacing={2.5} sx={{ maxWidth: 640 }}>
        <Controller
          name="enabled"
          control={control}
          render={({ field }) => <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Enable integration" />}
        />
        <Controller
          name="baseUrlChoice"
          control={control}
          render={({ field }) => (
            <TextField select label="API base URL" {...field} disabled={off} error={!!errors.baseUrlChoice} helperText={errors.baseUrlChoice?.message ?? urlHelp(field.value)}>
              {BASE_URL_CHOICES.map((c) => (
                <MenuItem key={c.value} value={c.value}>
                  {c.label}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        {choice === 'custom' && (
          <Controller
            name="customBaseUrl"
            control={control}
            render={({ field }) => (
              <TextField
                label="Custom API base URL"
                placeholder="https://api.example.com/…"
                {...field}
                disabled={off}
                error={!!errors.customBaseUrl}
                helperText={errors.customBaseUrl?.message ?? 'https:// (http only for 127.0.0.1, localhost or ::1)'}
              />
            )}
          />
        )}
        <Controller
          name="username"
          control={control}
          render={({ field }) => (
            <TextField label="API username" autoComplete="off" {...field} disabled={off} error={!!errors.username} helperText={errors.username?.message ?? 'Usually ends with .api'} />
          )}
        />
        <Controller
          name="password"
          control={control}
          render={({ field }) => <SecretField label="API password" stored={settings.passwordStored} retype={moved} field={field} disabled={off} error={errors.password?.message} />}
        />
        <Controller
          name="subscriptionKey"
          control={control}
          render={({ field }) => <SecretField label="Subscription key" stored={settings.subscriptionKeyStored} retype={moved} field={field} disabled={off} error={errors.subscriptionKey?.message} />}
        />
        {moved && (
          <Alert severity="warning" data-testid="secrets-retype">
            You changed the host or the username: the stored password and subscription key will not be sent there. Type both again to save.
          </Alert>
        )}
        <Controller
          name="marketplace"
          control={control}
          render={({ field }) => (
            <Autocomplete
              freeSolo
              disableClearable
              options={[...COMMON_MARKETPLACES]}
              disabled={off}
              value={field.value}
              onChange={(_, v) => field.onChange(v ?? '')}
              onInputChange={(_, v) => field.onChange(v)}
              renderInput={(params) => (
                <TextField {...params} label="Marketplace code" error={!!errors.marketplace} helperText={errors.marketplace?.message ?? 'A short lower-case code, e.g. us, ca, eu, uk, stg'} />
              )}
            />
          )}
        />
        <Controller
          name="purchaseRoles"
          control={control}
          render={({ field }) => (
            <Autocomplete
              multiple
              options={roles.map((r) => r.value)}
              disabled={off}
              value={field.value}
              getOptionLabel={(v) => roles.find((r) => r.value === v)?.label ?? v}
              onChange={(_, v) => field.onChange(v)}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label="Roles allowed to purchase, change and cancel licenses"
                  error={!!errors.purchaseRoles}
                  helperText={errors.purchaseRoles?.message ?? 'Empty means Editor and above.'}
                />
              )}
            />
          )}
        />
        {failure && <ActionErrorAlert failure={failure} title="Settings not saved" />}
        {saved && (
          <Alert severity="success" data-testid="settings-saved">
            Settings saved. {saved.length ? `Changed: ${saved.join(', ')}.` : 'Nothing changed.'}
          </Alert>
        )}
        <Box>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Saving…' : 'Save settings'}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
