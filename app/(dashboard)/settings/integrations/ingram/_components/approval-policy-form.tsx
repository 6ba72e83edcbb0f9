'use client';
// The approval policy: orders above these thresholds (or by these roles) wait for an approver.
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Controller, useWatch, type Path } from 'react-hook-form';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useActionForm } from '@/components/use-action-form';
import type { ApprovalPolicy } from '@/lib/approvals/policy';
import type { RoleChoice } from '@/lib/settings/ingram-settings';
import { approvalPolicySchema, type ApprovalPolicyInput } from '@/lib/validations/approvals';
import { saveApprovalPolicyAction } from '../actions';

const str = (n: number | null) => (n === null ? '' : String(n));
const toValues = (p: ApprovalPolicy): ApprovalPolicyInput => ({
  enabled: p.enabled,
  maxMonthly: str(p.maxMonthly),
  maxTermTotal: str(p.maxTermTotal),
  maxSeats: str(p.maxSeats),
  maxTermMonths: str(p.maxTermMonths),
  alwaysForRoles: p.alwaysForRoles,
  approverRoles: p.approverRoles,
  expiryHours: String(p.expiryHours),
});

const fields: Path<ApprovalPolicyInput>[] = ['enabled', 'maxMonthly', 'maxTermTotal', 'maxSeats', 'maxTermMonths', 'alwaysForRoles', 'approverRoles', 'expiryHours'];

export function ApprovalPolicyForm({ policy, roles }: { policy: ApprovalPolicy; roles: RoleChoice[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const { register, control, submitAction, failure, errors, busy, reset, getValues } = useActionForm(approvalPolicySchema, toValues(policy));
  const enabled = useWatch({ control, name: 'enabled' });
  // The action parses the form's own text values (the schema turns them into numbers on the server too).
  const submit = submitAction(
    () => saveApprovalPolicyAction(getValues()),
    fields,
    (saved) => {
      reset(toValues(saved));
      setNotice(saved.enabled ? 'Saved the approval policy: new orders above its thresholds wait for an approver.' : 'Saved: purchase approvals are off.');
      router.refresh();
    },
  );
  const roleLabel = (v: string) => roles.find((r) => r.value === v)?.label ?? v;
  const roleField = (name: 'alwaysForRoles' | 'approverRoles', label: string, help: string) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Autocomplete
          multiple
          options={roles.map((r) => r.value)}
          value={field.value}
          getOptionLabel={roleLabel}
          onChange={(_, v) => field.onChange(v)}
          renderInput={(params) => <TextField {...params} label={label} error={!!errors[name]} helperText={errors[name]?.message ?? help} />}
        />
      )}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Purchase approvals">
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          Purchase approvals
        </Typography>
        <Typography variant="body2" color="text.secondary">
          A four-eyes rule: an order above any threshold waits on the Approvals page, is not sent to Ingram Micro, and is placed only when another person approves it. Amounts are in the order’s own
          currency.
        </Typography>
        <SuccessNotice message={notice} testId="approval-policy-notice" onClose={() => setNotice(null)} />
        {failure && <ActionErrorAlert failure={failure} />}
        <Controller
          name="enabled"
          control={control}
          render={({ field }) => <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Orders above a threshold need an approval" />}
        />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ opacity: enabled ? 1 : 0.6 }}>
          <TextField label="Amount per month above" {...register('maxMonthly')} error={!!errors.maxMonthly} helperText={errors.maxMonthly?.message ?? 'e.g. 500; empty: no limit'} />
          <TextField label="Amount over the term above" {...register('maxTermTotal')} error={!!errors.maxTermTotal} helperText={errors.maxTermTotal?.message ?? 'e.g. 5000; empty: no limit'} />
          <TextField label="Seats above" {...register('maxSeats')} error={!!errors.maxSeats} helperText={errors.maxSeats?.message ?? 'empty: no limit'} />
          <TextField
            label="Term longer than (months)"
            {...register('maxTermMonths')}
            error={!!errors.maxTermMonths}
            helperText={errors.maxTermMonths?.message ?? 'e.g. 12: 3-year terms need approval'}
          />
        </Stack>
        {roleField('alwaysForRoles', 'Roles whose orders always need approval', 'Optional')}
        {roleField('approverRoles', 'Roles that may approve', 'Never their own requests')}
        <TextField
          label="Requests expire after (hours)"
          sx={{ maxWidth: 260 }}
          {...register('expiryHours')}
          error={!!errors.expiryHours}
          helperText={errors.expiryHours?.message ?? 'Between 1 and 720'}
        />
        <div>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'Saving…' : 'Save approval policy'}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
