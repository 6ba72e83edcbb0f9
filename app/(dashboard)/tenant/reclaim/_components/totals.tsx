'use client';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { countOf, seatCount } from '@/lib/catalog/periods';
import { formatMoney } from '@/lib/money';
import type { ReclaimPlan } from '@/lib/reclaim/types';

/** What the whole plan saves, one line per currency (amounts never add across currencies). */
export function PlanTotals({ plan }: { plan: ReclaimPlan }) {
  if (!plan.totals.length) return null;
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="reclaim-totals">
      {plan.totals.map((t) => (
        <Paper key={t.currency ?? 'none'} variant="outlined" sx={{ p: 2, minWidth: 280 }}>
          <Typography variant="subtitle2">{`${countOf(t.subscriptions, 'subscription')} · ${t.currency ?? 'no currency'}`}</Typography>
          <Typography variant="body2">{`Now: ${seatCount(t.nowSeats)}, saves ${formatMoney(t.nowMonthly, t.currency)} per month, ${formatMoney(t.nowTerm, t.currency)} until renewal`}</Typography>
          <Typography variant="body2">{`At renewal: ${seatCount(t.renewalSeats)}, saves ${formatMoney(t.renewalMonthly, t.currency)} per month, ${formatMoney(t.renewalTerm, t.currency)} over the next term`}</Typography>
        </Paper>
      ))}
    </Stack>
  );
}
