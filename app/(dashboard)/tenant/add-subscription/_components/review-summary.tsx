'use client';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useFormContext } from 'react-hook-form';
import { billingLabel, perBilling, seatCount, termPhrase, variantKey } from '@/lib/catalog/periods';
import type { CatalogGroup } from '@/lib/catalog/types';
import { formatMoney } from '@/lib/money';
import { termCommitment } from '@/lib/purchase/commitment';
import type { EstimateDto } from '@/lib/purchase/estimate';
import type { OwnedSubscription } from '@/lib/purchase/owned';
import type { TenantChoice } from '@/lib/purchase/tenant-choices';
import type { PurchaseInput } from '@/lib/validations/purchase';

type Estimate = { estimate: EstimateDto; orderQuantity: number; termCode: string; billingCode: string };

/** The order as it will be placed: what, for whom, how many, at what price, committed for how long. */
export function ReviewSummary({ group, tenant, owned, estimate }: { group: CatalogGroup; tenant: TenantChoice; owned: OwnedSubscription[]; estimate?: Estimate }) {
  const { getValues } = useFormContext<PurchaseInput>();
  const v = getValues();
  const existing = v.mode === 'add-seats' ? owned.find((o) => o.subscriptionId === v.subscriptionId) : undefined;
  // The variant the user chose: seats are added only to a subscription on that same term and billing.
  const variant = group.variants.find((x) => x.key === variantKey(v.termCode, v.billingCode));
  const quantity = Number(v.quantity);
  const commitment = variant ? termCommitment(variant, quantity) : undefined;
  const rows: Array<[string, string]> = [
    ['Tenant', `${tenant.displayName} (billed to ${tenant.customerName})`],
    ['Product', group.name],
    ['MPN', group.mpn],
    ['Term', termPhrase(v.termCode)],
    ['Billing', billingLabel(v.billingCode)],
    existing
      ? ['Quantity', `Add ${seatCount(quantity)} to subscription ${existing.subscriptionId}: ${existing.quantity} → ${seatCount(existing.quantity + quantity)}`]
      : ['Quantity', `${seatCount(quantity)} (new subscription)`],
    [
      'Unit price',
      variant
        ? `${formatMoney(variant.pricePerBilling, variant.currency)} per seat ${perBilling(variant.billingCode)}${variant.billingCode === 'P1M' ? '' : ` (${formatMoney(variant.perSeatMonth, variant.currency)} per seat per month)`}`
        : 'Not listed',
    ],
    [
      'Commitment',
      !commitment
        ? 'Not known'
        : existing
          ? `Up to ${commitment.text}: added seats are prorated to the subscription’s renewal${existing.renewalDate ? ` on ${existing.renewalDate.slice(0, 10)}` : ''}`
          : commitment.text,
    ],
    [
      'Estimated total',
      !estimate?.estimate.total
        ? 'Not known yet'
        : `${formatMoney(estimate.estimate.total.amount, estimate.estimate.total.currency)} ${existing ? 'for the change (Ingram Micro’s estimate)' : perBilling(v.billingCode)}`,
    ],
  ];
  return (
    <Table size="small" aria-label="Order summary" sx={{ maxWidth: 820 }}>
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600, width: 180 }}>
              {label}
            </TableCell>
            <TableCell data-testid={`review-${label.toLowerCase().replace(/\s+/g, '-')}`}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
