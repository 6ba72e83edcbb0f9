'use client';
import Autocomplete from '@mui/material/Autocomplete';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Controller, useWatch } from 'react-hook-form';
import { FormDialog } from '@/components/form-dialog';
import { useActionForm } from '@/components/use-action-form';
import type { ChannelDTO } from '@/lib/alerts/channels';
import type { RuleDTO } from '@/lib/alerts/rules';
import { ALERT_KINDS, ruleFormSchema, type AlertKind } from '@/lib/validations/alerts';
import { saveAlertRule } from '../actions';

export type TenantChoice = { tenantId: string; name: string };
type Props = { rule?: RuleDTO; kinds: AlertKind[]; channels: ChannelDTO[]; tenants: TenantChoice[]; onClose: () => void; onSaved: (r: RuleDTO) => void };

const FIELDS = ['name', 'kind', 'hours', 'days', 'includeMonthly', 'delivery', 'enabled', 'channelIds', 'excludedTenants', 'excludedProducts'] as const;

/** Add or edit a rule: what it watches, its parameters, where it sends and what it leaves out. */
export function RuleDialog({ rule, kinds, channels, tenants, onClose, onSaved }: Props) {
  const { register, control, submitAction, failure, errors, busy } = useActionForm(ruleFormSchema, {
    id: rule?.id,
    name: rule?.name ?? '',
    kind: rule?.kind ?? kinds[0],
    hours: rule?.hours ?? 24,
    days: rule?.days ?? 30,
    includeMonthly: rule?.includeMonthly ?? false,
    delivery: rule?.delivery ?? 'immediate',
    enabled: rule?.enabled ?? true,
    channelIds: rule?.channelIds ?? [],
    excludedTenants: rule?.excludedTenants ?? [],
    excludedProducts: rule?.excludedProducts.join(', ') ?? '',
  });
  const kind = useWatch({ control, name: 'kind' });
  const params: readonly string[] = ALERT_KINDS[kind]?.params ?? [];
  const submit = submitAction(saveAlertRule, FIELDS, onSaved);

  return (
    <FormDialog titleId="rule-dialog-title" title={rule ? `Edit ${rule.name}` : 'Add rule'} submitLabel={rule ? 'Save' : 'Add rule'} busy={busy} failure={failure} onClose={onClose} onSubmit={submit}>
      <TextField label="Name" {...register('name')} error={!!errors.name} helperText={errors.name?.message} autoFocus />
      <Controller
        name="kind"
        control={control}
        render={({ field }) => (
          <TextField select label="When" {...field} error={!!errors.kind} helperText={errors.kind?.message}>
            {kinds.map((k) => (
              <MenuItem key={k} value={k}>
                {ALERT_KINDS[k].label}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {params.includes('hours') && (
        <TextField label="Within (hours)" {...register('hours')} error={!!errors.hours} helperText={errors.hours?.message ?? 'Alert when the window closes within this many hours'} />
      )}
      {params.includes('days') && (
        <TextField
          label={kind === 'order.failed' ? 'Failed within the last (days)' : 'Within (days)'}
          {...register('days')}
          error={!!errors.days}
          helperText={errors.days?.message ?? (kind === 'order.failed' ? 'Older failures are not alerted' : 'Alert when the date falls within this many days')}
        />
      )}
      {params.includes('includeMonthly') && (
        <Controller
          name="includeMonthly"
          control={control}
          render={({ field }) => <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Include monthly terms" />}
        />
      )}
      <Controller
        name="channelIds"
        control={control}
        render={({ field }) => (
          <Autocomplete
            multiple
            options={channels.map((c) => c.id)}
            value={field.value}
            getOptionLabel={(id) => channels.find((c) => c.id === id)?.name ?? `#${id}`}
            onChange={(_, v) => field.onChange(v)}
            renderInput={(p) => <TextField {...p} label="Channels" error={!!errors.channelIds} helperText={errors.channelIds?.message} />}
          />
        )}
      />
      <Controller
        name="delivery"
        control={control}
        render={({ field }) => (
          <TextField select label="Delivery" {...field}>
            <MenuItem value="immediate">At once, one message per event</MenuItem>
            <MenuItem value="digest">In the daily digest</MenuItem>
          </TextField>
        )}
      />
      <Controller
        name="excludedTenants"
        control={control}
        render={({ field }) => (
          <Autocomplete
            multiple
            options={tenants.map((t) => t.tenantId)}
            value={field.value}
            getOptionLabel={(id) => tenants.find((t) => t.tenantId === id)?.name ?? id}
            onChange={(_, v) => field.onChange(v)}
            renderInput={(p) => <TextField {...p} label="Excluded tenants" error={!!errors.excludedTenants} helperText={errors.excludedTenants?.message} />}
          />
        )}
      />
      <TextField
        label="Excluded products"
        {...register('excludedProducts')}
        error={!!errors.excludedProducts}
        helperText={errors.excludedProducts?.message ?? 'Product names or MPNs, separated by commas (e.g. non-profit grants)'}
      />
      <Controller
        name="enabled"
        control={control}
        render={({ field }) => <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Enabled" />}
      />
    </FormDialog>
  );
}
