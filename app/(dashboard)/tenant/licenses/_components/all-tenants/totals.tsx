'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatMoney } from '@/lib/money';
import type { CurrencyTotals } from '@/lib/inventory/types';

const perMonth = (n: number | undefined, currency: string | null) => `${formatMoney(n ?? null, currency)} ${currency ?? ''} per month`.replace('  ', ' ');

/** The filtered rows' sums, one line per currency (never added across currencies). */
export function TotalsLine({ totals, total }: { totals: CurrencyTotals[]; total: number }) {
  return (
    <Box aria-label="Totals of the filtered subscriptions" role="status" sx={{ mb: 1.5 }}>
      <Typography variant="body2">
        <strong>{total}</strong> subscription{total === 1 ? '' : 's'} match.
      </Typography>
      {totals.map((t) => (
        <Typography key={t.currency ?? 'none'} variant="body2" data-currency={t.currency ?? ''}>
          {t.currency ?? 'No currency'}: {t.subscriptions} subscription{t.subscriptions === 1 ? '' : 's'}, {t.seats} seats, price {perMonth(t.monthlyPrice, t.currency)}
          {t.monthlyCost !== undefined && (
            <>
              , cost {perMonth(t.monthlyCost, t.currency)}, margin {perMonth(t.monthlyMargin, t.currency)}
            </>
          )}
        </Typography>
      ))}
    </Box>
  );
}
