'use client';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { CatalogGroup } from '@/lib/catalog/types';
import type { OwnedSubscription } from '@/lib/purchase/owned';
import { purchaseEstimateQuery } from '@/lib/purchase/queries-client';
import type { TenantChoice } from '@/lib/purchase/tenant-choices';
import type { PurchaseInput, PurchaseValues } from '@/lib/validations/purchase';
import { submitPurchase } from '../actions';
import { ReviewSummary } from './review-summary';

export const AGREEMENT = 'I understand that submitting places an order with Ingram Micro for these licenses, billed under the terms shown.';
export const NCE_POLICY =
  'Under Microsoft’s NCE terms these licenses can be cancelled or reduced only within 7 days (168 hours) of purchase; after that they are committed, and billed, for the whole term.';

/** Step 4: what will be ordered, Ingram's price estimate, the NCE policy, the agreement, and Submit. */
export function ReviewStep({ group, tenant, owned }: { group: CatalogGroup; tenant: TenantChoice; owned: OwnedSubscription[] }) {
  const router = useRouter();
  const form = useFormContext<PurchaseInput, unknown, PurchaseValues>();
  const { register, control, watch, setValue, getValues, setError, handleSubmit, formState } = form;
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [opening, setOpening] = useState(false);
  const requestKey = watch('requestKey');

  // A fresh idempotency key each time the review opens: every submit of this review is one order.
  useEffect(() => {
    setValue('requestKey', crypto.randomUUID());
    setValue('agreement', false);
    setValue('withoutEstimate', false);
  }, [setValue]);

  const estimate = useQuery(purchaseEstimateQuery(requestKey, getValues));
  const [agreement, withoutEstimate] = watch(['agreement', 'withoutEstimate']);
  const estimateOk = estimate.data?.ok === true;
  const estimateFailed = estimate.data?.ok === false;
  const canSubmit = agreement === true && (estimateOk || (estimateFailed && withoutEstimate === true)) && !formState.isSubmitting && !opening;

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await submitPurchase(values);
    if (!result.ok) {
      setFailure(result);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof PurchaseInput, { message: messages.join(' ') });
      return;
    }
    setOpening(true);
    // Above the approval policy's thresholds the order waits for a second person instead.
    if ('approval' in result.data) return router.push(`/approvals?request=${result.data.approval.id}`);
    router.push(`/tenant/orders/${encodeURIComponent(result.data.ref)}?tenantFilter=${encodeURIComponent(tenant.defaultDomain)}`);
  });

  return (
    <Stack spacing={2} sx={{ maxWidth: 820 }}>
      <ReviewSummary group={group} tenant={tenant} owned={owned} estimate={estimate.data?.ok ? estimate.data.data : undefined} />
      {estimate.isFetching && <LinearProgress aria-label="Asking Ingram Micro for a price estimate" />}
      {estimateFailed && estimate.data && !estimate.data.ok && (
        <>
          <ActionErrorAlert failure={estimate.data} title="The price estimate failed: the total is not known" onRetry={() => estimate.refetch()} />
          <Controller
            name="withoutEstimate"
            control={control}
            render={({ field }) => (
              <FormControlLabel control={<Checkbox checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />} label="Place the order without a price estimate" />
            )}
          />
        </>
      )}
      <Alert severity="warning">{NCE_POLICY}</Alert>
      <TextField
        label="PO reference (optional)"
        sx={{ maxWidth: 360 }}
        {...register('customerReference')}
        error={!!formState.errors.customerReference}
        helperText={formState.errors.customerReference?.message ?? 'Your own reference, kept with the order in this app.'}
      />
      <Controller
        name="agreement"
        control={control}
        render={({ field }) => <FormControlLabel control={<Checkbox checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />} label={AGREEMENT} />}
      />
      {formState.errors.agreement && <FormHelperText error>{formState.errors.agreement.message}</FormHelperText>}
      {Object.entries(formState.errors)
        .filter(([k]) => !['agreement', 'customerReference'].includes(k))
        .map(([k, e]) => (
          <FormHelperText error key={k}>{`${k}: ${e?.message ?? ''}`}</FormHelperText>
        ))}
      {failure && <ActionErrorAlert failure={failure} title="The order was not placed" />}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" size="large" onClick={submit} disabled={!canSubmit}>
          {formState.isSubmitting ? 'Placing the order…' : opening ? 'Opening the order…' : 'Submit order'}
        </Button>
        {!agreement && (
          <Typography variant="body2" color="text.secondary">
            Tick the agreement to submit.
          </Typography>
        )}
      </Stack>
    </Stack>
  );
}
