'use client';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { FormDialog } from '@/components/form-dialog';
import { useActionForm } from '@/components/use-action-form';
import { seatCount } from '@/lib/catalog/periods';
import type { SpareMark, SpareSeatsMark } from '@/lib/reclaim/types';
import { spareSeatsSchema } from '@/lib/validations/reclaim';
import { removeSpareSeats, setSpareSeats } from '../actions';

type Props = {
  tenantId: string;
  tenantName: string;
  /** A subscription's mark; without it, the tenant's (and the tenant's marks are listed). */
  subscription?: { id: string; productName: string };
  current?: SpareMark | null;
  marks?: SpareSeatsMark[];
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** "Keep spare seats": how many unused seats the planner leaves alone, on a subscription or on each of a tenant's. */
export function SpareSeatsDialog({ tenantId, tenantName, subscription, current, marks = [], onClose, onSaved }: Props) {
  const own = subscription ? (current?.level === 'subscription' ? current.seats : undefined) : marks.find((m) => !m.subscriptionId)?.seats;
  const { register, errors, busy, failure, setFailure, submitAction } = useActionForm(spareSeatsSchema, { tenantId, subscriptionId: subscription?.id, seats: own ?? 1 });
  const [removing, setRemoving] = useState(false);
  const what = subscription ? `${subscription.productName} (${tenantName})` : `every subscription of ${tenantName}`;
  const submit = submitAction(setSpareSeats, ['seats'], (_d, v) => onSaved(`Keeps ${seatCount(Number(v.seats))} spare on ${what}.`));
  const remove = async (m: SpareSeatsMark) => {
    setRemoving(true);
    const res = await removeSpareSeats({ tenantId, id: m.id });
    setRemoving(false);
    if (res.ok) onSaved(`Removed the spare-seats mark on ${m.productName ?? m.subscriptionId ?? tenantName}.`);
    else setFailure(res);
  };
  return (
    <FormDialog
      titleId="spare-seats-title"
      title={`Keep spare seats: ${subscription ? subscription.productName : tenantName}`}
      busy={busy || removing}
      submitLabel="Save"
      failure={failure}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography variant="body2">
        {subscription
          ? 'The planner leaves this many unused seats on the subscription; when none are left over, it is not listed.'
          : 'The planner leaves this many unused seats on each subscription of the tenant; a subscription’s own mark takes precedence.'}
        {current?.level === 'tenant' ? ` The tenant’s mark keeps ${seatCount(current.seats)} on it now.` : ''}
      </Typography>
      <TextField
        {...register('seats')}
        label="Spare seats to keep"
        type="number"
        autoFocus
        slotProps={{ htmlInput: { min: 1, step: 1 } }}
        error={!!errors.seats}
        helperText={errors.seats?.message ?? 'A whole number from 1 to 10,000.'}
      />
      {!subscription && marks.length > 0 && (
        <List dense aria-label="Spare-seat marks">
          {marks.map((m) => (
            <ListItem
              key={m.id}
              secondaryAction={
                <Button size="small" color="error" disabled={busy || removing} onClick={() => void remove(m)} aria-label={`Remove the mark on ${m.productName ?? m.subscriptionId ?? 'the tenant'}`}>
                  Remove
                </Button>
              }
            >
              <ListItemText
                primary={`${m.subscriptionId ? (m.productName ?? m.subscriptionId) : 'The whole tenant'}: ${seatCount(m.seats)}`}
                secondary={`Set by ${m.updatedBy ?? 'unknown'} on ${new Date(m.updatedAt).toLocaleString()}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </FormDialog>
  );
}
