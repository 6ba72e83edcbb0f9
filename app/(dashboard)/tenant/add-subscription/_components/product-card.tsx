'use client';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { seatCount, variantLabel } from '@/lib/catalog/periods';
import type { CatalogGroup } from '@/lib/catalog/types';
import { formatMoney } from '@/lib/money';
import type { OwnedSubscription } from '@/lib/purchase/owned';

/** One product: its variants as choices, each with its price per seat per month and per term. */
export function ProductCard({ group, owned }: { group: CatalogGroup; owned: OwnedSubscription[] }) {
  const seats = owned.reduce((n, o) => n + o.quantity, 0);
  return (
    <Card variant="outlined" data-testid="product-group">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {group.name}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {group.mpn}
          </Typography>
          {owned.length > 0 && <Chip size="small" color="success" label={`Tenant already has this (${seatCount(seats)})`} />}
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {group.minimumQuantity} to {seatCount(group.maximumQuantity)}
        </Typography>
        <Stack sx={{ mt: 1 }}>
          {group.variants.map((v) => {
            const label = variantLabel(v.termCode, v.billingCode);
            return (
              <FormControlLabel
                key={v.key}
                value={`${group.mpn}|${v.key}`}
                control={<Radio size="small" slotProps={{ input: { 'aria-label': `${group.name}, ${label}` } }} />}
                label={
                  <span>
                    {label}: <strong>{formatMoney(v.perSeatMonth, v.currency)}</strong> per seat per month · {formatMoney(v.perSeatTerm, v.currency)} per seat per term
                  </span>
                }
              />
            );
          })}
        </Stack>
      </CardContent>
    </Card>
  );
}
