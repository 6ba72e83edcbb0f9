'use client';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import { seatCount } from '@/lib/catalog/periods';
import { newTotal, type SeatBounds } from '@/lib/licenses/bounds';
import { seatEstimateQuery } from '@/lib/licenses/queries-client';
import { formatMoney } from '@/lib/money';
import type { LicenseChangeContext } from '@/lib/licenses/types';
import type { OrderDto } from '@/lib/orders/types';
import { seatFormSchema, type SeatChangeKind } from '@/lib/validations/licenses';
import { changeLicenseSeats } from '../actions';
import { BeforeAfter } from './before-after';
import { newRequestKey } from './use-change-context';

type Props = { tenantId: string; c: LicenseChangeContext; kind: SeatChangeKind; bounds: SeatBounds; onBusy: (b: boolean) => void; onPlaced: (o: OrderDto) => void };

export function SeatForm({ tenantId, c, kind, bounds, onBusy, onPlaced }: Props) {
  const schema = useMemo(() => seatFormSchema(bounds.max, bounds.reason), [bounds.max, bounds.reason]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { seats: 1 }, mode: 'onChange' });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [requestKey] = useState(newRequestKey);
  const raw = useWatch({ control: form.control, name: 'seats' });
  const parsed = schema.safeParse({ seats: raw });
  const seats = parsed.success ? parsed.data.seats : undefined;
  const [debounced, setDebounced] = useState(seats);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(seats), 400);
    return () => clearTimeout(t);
  }, [seats]);

  // A decrease at renewal charges and refunds nothing now: no estimate of "now" to show.
  const scheduled = kind === 'schedule-decrease';
  const estimate = useQuery(seatEstimateQuery(tenantId, c.subscriptionId, kind, scheduled ? undefined : debounced));

  const submit = form.handleSubmit(async ({ seats: n }) => {
    setFailure(null);
    onBusy(true);
    try {
      const res = await changeLicenseSeats({ tenantId, subscriptionId: c.subscriptionId, kind, seats: n, requestKey });
      if (res.ok) return onPlaced(res.data);
      setFailure(res);
      for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) if (field === 'seats') form.setError('seats', { message: messages.join(' ') });
    } finally {
      onBusy(false);
    }
  });

  const after = seats !== undefined ? newTotal(kind, c.quantity, seats) : undefined;
  const price = (q: number | undefined) => (q === undefined || c.unitPrice === null ? '—' : formatMoney(String(Number(c.unitPrice) * q), c.currency));
  const period = c.billingPeriod === 'P1Y' ? 'year' : 'month';
  const est = estimate.data;
  return (
    <form id="seat-form" onSubmit={submit} noValidate>
      <TextField
        {...form.register('seats')}
        label="Number of seats"
        type="number"
        autoFocus
        fullWidth
        margin="normal"
        slotProps={{ htmlInput: { min: 1, max: bounds.max, step: 1 } }}
        error={!!form.formState.errors.seats}
        helperText={form.formState.errors.seats?.message ?? `From 1 to ${bounds.max}.`}
      />
      <BeforeAfter
        lines={[
          { label: 'Seats', before: String(c.quantity), after: after === undefined ? '—' : String(after) },
          { label: scheduled ? `Price per ${period}, next term` : `Price per ${period}`, before: price(c.quantity), after: price(after) },
        ]}
        estimating={!scheduled && estimate.isFetching}
        estimate={!scheduled && est?.ok ? est.data.estimate : undefined}
        estimateError={scheduled ? 'Nothing is charged or refunded now' : est && !est.ok ? `No estimate: ${est.error}` : undefined}
      />
      {scheduled && (
        <Alert severity="info" data-testid="next-term-cost">
          Nothing is refunded now: the subscription keeps, and is billed for, {seatCount(c.quantity)} until the renewal{c.renewalDate ? ` on ${c.renewalDate}` : ''}. From then the next term costs{' '}
          {after === undefined ? '—' : `${price(after)} per ${period} for ${seatCount(after)}`}.
        </Alert>
      )}
      {failure && <ActionErrorAlert failure={failure} />}
    </form>
  );
}
