'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { MicrosoftSettingsDTO } from '@/lib/settings/microsoft-settings';
import { MICROSOFT_PUBLIC_GRAPH, MICROSOFT_PUBLIC_LOGIN, microsoftSettingsSchema, type MicrosoftSettingsInput } from '@/lib/validations/microsoft-settings';
import { SecretField } from '@/components/secret-field';
import { saveMicrosoftSettingsAction } from '../actions';

const toValues = (s: MicrosoftSettingsDTO): MicrosoftSettingsInput => ({
  partnerTenantId: s.partnerTenantId,
  clientId: s.clientId,
  clientSecret: '',
  loginBaseUrl: s.loginBaseUrl,
  graphBaseUrl: s.graphBaseUrl,
});

const FIELDS = [
  ['partnerTenantId', 'Partner tenant id', 'Your own (the MSP’s) Microsoft Entra tenant id'],
  ['clientId', 'Application (client) id', 'The multi-tenant app registration, consented in your tenant and each customer’s'],
  ['loginBaseUrl', 'Login base URL', `Microsoft’s public cloud: ${MICROSOFT_PUBLIC_LOGIN}`],
  ['graphBaseUrl', 'Graph base URL', `Microsoft’s public cloud: ${MICROSOFT_PUBLIC_GRAPH}`],
] as const;

export function MicrosoftSettingsForm({ settings: initial }: { settings: MicrosoftSettingsDTO }) {
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
  } = useForm<MicrosoftSettingsInput>({ resolver: zodResolver(microsoftSettingsSchema), defaultValues: toValues(initial) });
  const watched = useWatch({ control });
  // The stored secret is never sent to another host, app or tenant: the form says so before saving.
  const moved = settings.clientSecretStored && FIELDS.some(([name]) => (watched[name] ?? '').trim().replace(/\/+$/, '').toLowerCase() !== settings[name].toLowerCase());

  const submit = handleSubmit((values) => {
    setFailure(undefined);
    setSaved(undefined);
    startTransition(async () => {
      const result = await saveMicrosoftSettingsAction(values);
      if (!result.ok) {
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof MicrosoftSettingsInput, { message: messages.join(' ') });
        setFailure(result);
        return;
      }
      setSettings(result.data.settings);
      reset(toValues(result.data.settings));
      setSaved(result.data.changed);
      router.refresh();
    });
  });

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Microsoft settings">
      <Stack spacing={2.5} sx={{ maxWidth: 640 }}>
        {FIELDS.map(([name, label, help]) => (
          <Controller
            key={name}
            name={name}
            control={control}
            render={({ field }) => <TextField label={label} autoComplete="off" {...field} error={!!errors[name]} helperText={errors[name]?.message ?? help} />}
          />
        ))}
        <Controller
          name="clientSecret"
          control={control}
          render={({ field }) => <SecretField label="Client secret" stored={settings.clientSecretStored} retype={moved} field={field} disabled={false} error={errors.clientSecret?.message} />}
        />
        {moved && (
          <Alert severity="warning" data-testid="secrets-retype">
            You changed a host, the client id or the partner tenant: the stored client secret will not be sent there. Type it again to save.
          </Alert>
        )}
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
