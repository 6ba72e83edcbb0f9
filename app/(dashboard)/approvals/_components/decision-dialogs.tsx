'use client';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { FormDialog } from '@/components/form-dialog';
import { useActionForm } from '@/components/use-action-form';
import type { ActionFailure } from '@/lib/actions/result';
import type { ApprovalDTO } from '@/lib/approvals/queries';
import { billingLabel, termLabel } from '@/lib/catalog/periods';
import { formatMoney } from '@/lib/money';
import { rejectSchema } from '@/lib/validations/approvals';
import type { ApprovalSummary } from '@/db/schema';
import { approvePurchase, rejectPurchase } from '../actions';

type Props = { request: ApprovalDTO; onClose: () => void; onDone: (message: string) => void };

function Price({ s }: { s: ApprovalSummary }) {
  if (s.monthly === null) return <>not priced</>;
  return (
    <>
      {formatMoney(s.monthly, s.currency)} per month
      {s.termTotal !== null && (
        <>
          , {formatMoney(s.termTotal, s.currency)} over the {termLabel(s.termCode)} term
        </>
      )}
    </>
  );
}

/** Approve: everything is checked again and priced afresh; a changed price is shown and must be confirmed. */
export function ApproveDialog({ request, onClose, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [changed, setChanged] = useState<{ before: ApprovalSummary; after: ApprovalSummary } | null>(null);
  const s = changed?.after ?? request.summary;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    const res = await approvePurchase({ id: request.id, confirmedTotal: changed ? changed.after.total : null });
    setBusy(false);
    if (!res.ok) return setFailure(res);
    const out = res.data;
    if (out.kind === 'price-changed') return setChanged({ before: out.before, after: out.after });
    if (out.kind === 'in-progress') return onDone(`Request ${request.id} is already being placed.`);
    if (out.kind === 'failed') return setFailure({ ok: false, code: 'UPSTREAM', error: out.error ?? 'Ingram Micro refused the order.' });
    onDone(`Approved request ${request.id}: order ${out.ref} ${out.kind === 'placed' ? 'placed' : 'sent, its outcome is still being checked'}.`);
  };

  return (
    <FormDialog
      titleId="approve-title"
      title={`Approve ${request.requestedBy}'s order?`}
      submitLabel={changed ? 'Place at the new price' : 'Approve and place the order'}
      busyLabel="Checking and placing…"
      busy={busy}
      failure={failure}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>
        {s.mode === 'add-seats' ? `Add ${s.seats} seat${s.seats === 1 ? '' : 's'} to subscription ${s.subscriptionId}` : `${s.seats} seat${s.seats === 1 ? '' : 's'}`} of <strong>{s.product}</strong> (
        {s.mpn}) for <strong>{request.tenantName}</strong>, {termLabel(s.termCode)} term, {billingLabel(s.billingCode)}.
      </Typography>
      <Typography data-testid="approve-price">
        <Price s={s} />
      </Typography>
      {changed && (
        <Alert severity="warning" data-testid="price-changed">
          The price changed since the request: it was <Price s={changed.before} />, and Ingram Micro now estimates <Price s={changed.after} />. Place the order only if the new price is right.
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary">
        Approving checks the tenant, its mapping, the product and the quantity again, asks Ingram Micro for a fresh estimate, then places the order once. Under Microsoft’s NCE terms it can be reduced
        or cancelled only within 7 days.
      </Typography>
    </FormDialog>
  );
}

/** Reject: nothing is ordered; the requester sees the reason. */
export function RejectDialog({ request, onClose, onDone }: Props) {
  const { register, submitAction, failure, errors, busy } = useActionForm(rejectSchema, { id: request.id, reason: '' });
  const submit = submitAction(rejectPurchase, ['reason'], () => onDone(`Rejected request ${request.id}. Nothing was ordered.`));
  return (
    <FormDialog titleId="reject-title" title={`Reject ${request.requestedBy}'s order?`} submitLabel="Reject" busyLabel="Rejecting…" busy={busy} failure={failure} onClose={onClose} onSubmit={submit}>
      <Typography>
        {request.summary.seats} seat{request.summary.seats === 1 ? '' : 's'} of {request.summary.product} for {request.tenantName}.
      </Typography>
      <TextField label="Reason" multiline minRows={2} {...register('reason')} error={!!errors.reason} helperText={errors.reason?.message ?? 'The requester sees it.'} autoFocus />
    </FormDialog>
  );
}
