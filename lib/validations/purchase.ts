// Purchase schemas shared by the Add Subscription wizard (zodResolver) and its actions.
import { z } from 'zod';
import { ingramIdRule, mpnRule, tenantIdRule } from './ids';

const periodCode = z.string().regex(/^P\d+[MY]$/, 'Choose a term and billing option');

function quantityField(n: z.ZodNumber) {
  return n.int('Enter a whole number of seats').min(1, 'At least 1 seat').max(100_000, 'At most 100000 seats');
}

const fields = {
  tenantId: tenantIdRule('Choose a tenant'),
  mpn: mpnRule('Choose a product'),
  termCode: periodCode,
  billingCode: periodCode,
  /** 'add-seats' raises an existing subscription to a new total instead of buying another. */
  mode: z.enum(['new', 'add-seats']),
  // Goes into GET /subscriptions/{id}: never `..`, a slash or a percent sign.
  subscriptionId: ingramIdRule('Choose the subscription to add seats to').or(z.literal('')).optional(),
  quantity: quantityField(z.number({ error: 'Enter a whole number of seats' })),
  customerReference: z.string().trim().max(80, 'At most 80 characters').optional(),
};

function requireSubscription(value: { mode: string; subscriptionId?: string }, ctx: z.RefinementCtx) {
  if (value.mode === 'add-seats' && !value.subscriptionId) {
    ctx.addIssue({ code: 'custom', path: ['subscriptionId'], message: 'Choose the subscription to add seats to' });
  }
}

/** Pricing an order: everything but the agreement. */
export const estimateSchema = z.object(fields).superRefine(requireSubscription);

/** The same, as the search params of GET /api/tenants/{tenantId}/purchase-estimate (the tenant is in the path). */
export const estimateSearchSchema = z
  .object({ ...fields, quantity: quantityField(z.coerce.number({ error: 'Enter a whole number of seats' })) })
  .omit({ tenantId: true })
  .superRefine(requireSubscription);

export const purchaseSchema = z
  .object({
    ...fields,
    agreement: z.boolean().refine((v) => v === true, 'Tick the agreement to place the order'),
    /** One per review: a double click, a resubmitted form or a browser retry map to one order. */
    requestKey: z.uuid('Open the review step again'),
    /** The user chose to buy although the price estimate failed. */
    withoutEstimate: z.boolean().optional(),
  })
  .superRefine(requireSubscription);

export type EstimateInput = z.input<typeof estimateSchema>;
export type PurchaseInput = z.input<typeof purchaseSchema>;
export type PurchaseValues = z.output<typeof purchaseSchema>;

export const tenantRefSchema = z.object({ tenantId: tenantIdRule('Choose a tenant') });
export const catalogQuerySchema = z.object({ query: z.string().trim().max(100, 'At most 100 characters') });
