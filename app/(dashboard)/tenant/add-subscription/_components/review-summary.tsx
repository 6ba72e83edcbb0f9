'use client';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useFormContext } from 'react-hook-form';
import { billingLabel, termLabel, variantKey } from '@/lib/catalog/periods';
import type { CatalogGroup } from '@/lib/catalog/types';
import { formatMoney } from '@/lib/money';
import type { EstimateDto } from '@/lib/purchase/estimate';
import type { OwnedSubscription } from '@/lib/purchase/owned';
import type { TenantChoice } from '@/lib/purchase/tenant-choices';
import type { PurchaseInput } from '@/lib/validations/purchase';

type Estimate = { estimate: EstimateDto; orderQuantity: number; termCode: string; billingCode: string };

/** The order as it will be placed: what, for whom, how many, at what price. */
export function ReviewSummary({ group, tenant, owned, estimate }: { group: CatalogGroup; tenant: TenantChoice; owned: OwnedSubscription[]; estimate?: Estimate }) {
  const { getValues } = useFormContext<PurchaseInput>();
  const v = getValues();
  const existing = v.mode === 'add-seats' ? owned.find((o) => o.subscriptionId === v.subscriptionId) : undefined;
  // Added seats follow the existing subscription's term and billing.
  const termCode = estimate?.termCode ?? existing?.termCode ?? v.termCode;
  const billingCode = estimate?.billingCode ?? existing?.billingCode ?? v.billingCode;
  const variant = group.variants.find((x) => x.key === variantKey(termCode, billingCode));
  const quantity = Number(v.quantity);
  const rows: Array<[string, string]> = [
    ['Tenant', `${tenant.displayName} (billed to ${tenant.customerName})`],
    ['Product', group.name],
    ['MPN', group.mpn],
    ['Term', termLabel(termCode)],
    ['Billing', billingLabel(billingCode)],
    existing
      ? ['Quantity', `Add ${quantity} seats to subscription ${existing.subscriptionId}: ${existing.quantity} → ${existing.quantity + quantity} seats`]
      : ['Quantity', `${quantity} seats (new subscription)`],
    [
      'Unit price',
      variant
        ? `${formatMoney(variant.pricePerBilling, variant.currency)} per seat, billed ${billingLabel(billingCode)} (${formatMoney(variant.perSeatMonth, variant.currency)} per seat per month)`
        : 'Not listed',
    ],
    ['Estimated total', estimate?.estimate.total ? formatMoney(estimate.estimate.total.amount, estimate.estimate.total.currency) : 'Not known yet'],
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
