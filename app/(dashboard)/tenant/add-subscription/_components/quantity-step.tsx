'use client';
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect } from 'react';
import { useFormContext, type UseFormReturn } from 'react-hook-form';
import { billingLabel, termLabel } from '@/lib/catalog/periods';
import type { CatalogGroup } from '@/lib/catalog/types';
import type { OwnedSubscription } from '@/lib/purchase/owned';
import type { PurchaseInput, PurchaseValues } from '@/lib/validations/purchase';

const activeOf = (group: CatalogGroup, owned: OwnedSubscription[]) => owned.filter((o) => o.status === 'active' && o.mpn.toUpperCase() === group.mpn.toUpperCase());

/** The limits apply to what the order carries: the seats bought, or the subscription's new total. */
export function checkQuantity(form: UseFormReturn<PurchaseInput, unknown, PurchaseValues>, group: CatalogGroup, owned: OwnedSubscription[]): boolean {
  const { mode, subscriptionId, quantity } = form.getValues();
  const existing = mode === 'add-seats' ? activeOf(group, owned).find((o) => o.subscriptionId === subscriptionId) : undefined;
  const total = (existing?.quantity ?? 0) + Number(quantity);
  if (total >= group.minimumQuantity && total <= group.maximumQuantity) return true;
  const what = existing ? `The new total would be ${total} seats, but` : `${total} seats is outside the limits:`;
  form.setError('quantity', { message: `${what} ${group.name} allows between ${group.minimumQuantity} and ${group.maximumQuantity} seats.` });
  return false;
}

/** Step 3: how many seats; if the tenant already has the product, adding seats to it is the default. */
export function QuantityStep({ group, owned }: { group: CatalogGroup; owned: OwnedSubscription[] }) {
  const { register, watch, setValue, formState } = useFormContext<PurchaseInput>();
  const matches = activeOf(group, owned);
  const [mode, subscriptionId, quantity] = watch(['mode', 'subscriptionId', 'quantity']);
  const existing = mode === 'add-seats' ? matches.find((m) => m.subscriptionId === subscriptionId) : undefined;

  // A newly chosen product the tenant already has: default to adding seats to its subscription.
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
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      {matches.length > 0 && (
        <>
          <Alert severity="info">This tenant already has {group.name}. Adding seats to the existing subscription keeps one subscription and one renewal date.</Alert>
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
              <FormControlLabel
                key={m.subscriptionId}
                value={`add:${m.subscriptionId}`}
                control={<Radio />}
                label={`Add seats to the existing subscription ${m.subscriptionId} (${m.quantity} seats, ${m.termCode ? termLabel(m.termCode) : '?'} term, billed ${m.billingCode ? billingLabel(m.billingCode) : '?'})`}
              />
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
          err ?? (existing ? `New total: ${total} seats (allowed ${group.minimumQuantity} to ${group.maximumQuantity})` : `Between ${group.minimumQuantity} and ${group.maximumQuantity} seats`)
        }
      />
    </Stack>
  );
}
