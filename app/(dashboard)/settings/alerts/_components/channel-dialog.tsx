'use client';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Controller, useWatch } from 'react-hook-form';
import { FormDialog } from '@/components/form-dialog';
import { SecretField } from '@/components/secret-field';
import { useActionForm } from '@/components/use-action-form';
import type { ChannelDTO } from '@/lib/alerts/channels';
import { CHANNEL_KINDS, channelSchema } from '@/lib/validations/alerts';
import { saveAlertChannel } from '../actions';

type Props = { channel?: ChannelDTO; onClose: () => void; onSaved: (c: ChannelDTO) => void };

/** Add or edit a channel. The URL and signing secret are write-only: empty keeps what is stored. */
export function ChannelDialog({ channel, onClose, onSaved }: Props) {
  const { register, control, submitAction, failure, errors, busy } = useActionForm(channelSchema, {
    id: channel?.id,
    name: channel?.name ?? '',
    kind: channel?.kind ?? 'webhook',
    recipients: channel?.recipients ?? '',
    url: '',
    secret: '',
    enabled: channel?.enabled ?? true,
  });
  const kind = useWatch({ control, name: 'kind' });
  const submit = submitAction(saveAlertChannel, ['name', 'kind', 'recipients', 'url', 'secret', 'enabled'], onSaved);
  const sameKind = channel?.kind === kind;

  return (
    <FormDialog
      titleId="channel-dialog-title"
      title={channel ? `Edit ${channel.name}` : 'Add channel'}
      submitLabel={channel ? 'Save' : 'Add channel'}
      busy={busy}
      failure={failure}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField label="Name" {...register('name')} error={!!errors.name} helperText={errors.name?.message} autoFocus />
      <Controller
        name="kind"
        control={control}
        render={({ field }) => (
          <TextField select label="Kind" {...field} error={!!errors.kind} helperText={errors.kind?.message}>
            {CHANNEL_KINDS.map((k) => (
              <MenuItem key={k.value} value={k.value}>
                {k.label}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {kind === 'email' ? (
        <TextField label="Recipients" {...register('recipients')} error={!!errors.recipients} helperText={errors.recipients?.message ?? 'Email addresses separated by commas'} />
      ) : (
        <Controller
          name="url"
          control={control}
          render={({ field }) => <SecretField label="Webhook URL" stored={sameKind && !!channel?.urlStored} field={field} disabled={false} error={errors.url?.message} />}
        />
      )}
      {kind === 'webhook' && (
        <Controller
          name="secret"
          control={control}
          render={({ field }) => <SecretField label="Signing secret" stored={sameKind && !!channel?.secretStored} field={field} disabled={false} error={errors.secret?.message} />}
        />
      )}
      <Controller
        name="enabled"
        control={control}
        render={({ field }) => <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Enabled" />}
      />
    </FormDialog>
  );
}
