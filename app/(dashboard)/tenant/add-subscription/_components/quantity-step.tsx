'use client';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { seatCount, variantKey, variantLabel } from '@/lib/catalog/periods';
import type { CatalogGroup } from '@/lib/catalog/types';
import type { OwnedSubscription } from '@/lib/purchase/owned';
import type { PurchaseInput } from '@/lib/validations/purchase';
import { activeOf } from './check-quantity';

export function QuantityStep({ group, owned }: { group: CatalogGroup; owned: OwnedSubscription[] }) {
  const { register, watch, setValue, formState } = useFormContext<PurchaseInput>();
  const [mode, subscriptionId, quantity, termCode, billingCode] = watch(['mode', 'subscriptionId', 'quantity', 'termCode', 'billingCode']);
  const sameProduct = activeOf(group, owned);
  const matches = sameProduct.filter((o) => o.termCode === termCode && o.billingCode === billingCode);
  const others = sameProduct.filter((o) => !matches.includes(o));
  const existing = mode === 'add-seats' ? matches.find((m) => m.subscriptionId === subscriptionId) : undefined;

  // A subscription on the chosen variant: default to adding seats to it; otherwise a new subscription.
  useEffect(() => {
    if (matches.some((m) => m.subscriptionId === subscriptionId)) return;
    if (matches[0]) {
      setValue('mode', 'add-seats');
      setValue('subscriptionId', matches[0].subscriptionId);
    } else if (mode !== 'new' || subscriptionId !== undefined) {
      setValue('mode', 'new');
      setValue('subscriptionId', undefined);
    }
  }, [matches, mode, subscriptionId, setValue]);

  const choice = mode === 'add-seats' && subscriptionId ? `add:${subscriptionId}` : 'new';
  const total = (existing?.quantity ?? 0) + (Number.isFinite(Number(quantity)) ? Number(quantity) : 0);
  const err = formState.errors.quantity?.message;
  const describe = (o: OwnedSubscription) => `${o.subscriptionId} (${seatCount(o.quantity)}, ${o.termCode && o.billingCode ? variantLabel(o.termCode, o.billingCode) : 'term not reported'})`;
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      {others.length > 0 && matches.length === 0 && (
        <Alert severity="info" data-testid="other-term-notice">
          <AlertTitle>This tenant already has {group.name} on another term</AlertTitle>
          Existing: {others.map(describe).join('; ')}. You chose a {variantLabel(termCode, billingCode)}, so this order buys a new, separate subscription.
          {others.some(offered) && ' To add seats to the existing subscription instead, switch to its term:'}
          <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
            {others.filter(offered).map((o) => (
              <Button
                key={o.subscriptionId}
                size="small"
                variant="outlined"
                onClick={() => {
                  setValue('termCode', o.termCode!, { shouldValidate: true });
                  setValue('billingCode', o.billingCode!, { shouldValidate: true });
                }}
              >
                Switch to {variantLabel(o.termCode!, o.billingCode!)}
              </Button>
            ))}
          </Stack>
        </Alert>
      )}
      {matches.length > 0 && (
        <>
          <Alert severity="info">
            This tenant already has {group.name} on a {variantLabel(termCode, billingCode)}. Adding seats to the existing subscription keeps one subscription and one renewal date.
          </Alert>
          <RadioGroup
            aria-label="How to buy"
            value={choice}
            onChange={(e) => {
              const v = e.target.value;
              setValue('mode', v === 'new' ? 'new' : 'add-seats', { shouldValidate: true });
              if (v !== 'new') setValue('subscriptionId', v.slice(4), { shouldValidate: true });
            }}
          >
            {matches.map((m) => (
              <FormControlLabel key={m.subscriptionId} value={`add:${m.subscriptionId}`} control={<Radio />} label={`Add seats to the existing subscription ${describe(m)}`} />
            ))}
            <FormControlLabel value="new" control={<Radio />} label="Buy a separate new subscription" />
          </RadioGroup>
          {formState.errors.subscriptionId && <FormHelperText error>{formState.errors.subscriptionId.message}</FormHelperText>}
        </>
      )}
      <TextField
        label={existing ? 'Seats to add' : 'Number of seats'}
        type="number"
        sx={{ maxWidth: 240 }}
        {...register('quantity', { valueAsNumber: true })}
        slotProps={{ htmlInput: { min: 1, step: 1 } }}
        error={!!err}
        helperText={
          err ??
          (existing ? `New total: ${seatCount(total)} (allowed ${group.minimumQuantity} to ${group.maximumQuantity})` : `Between ${group.minimumQuantity} and ${seatCount(group.maximumQuantity)}`)
        }
      />
    </Stack>
  );

  /** Whether the catalog offers the existing subscription's variant, so the user can switch to it. */
  function offered(o: OwnedSubscription): boolean {
    return !!o.termCode && !!o.billingCode && group.variants.some((v) => v.key === variantKey(o.termCode!, o.billingCode!));
  }
}
