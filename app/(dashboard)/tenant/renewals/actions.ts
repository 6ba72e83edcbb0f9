'use server';
import { defineAction } from '@/lib/actions/factory';
import { ok } from '@/lib/actions/result';
import { authorizeLicenseChange } from '@/lib/auth/license-access';
import { getIngramClient } from '@/lib/ingram';
import { dryRunBulkChange } from '@/lib/renewals/dry-run';
import { placeBulkRow } from '@/lib/renewals/place';
import { bulkDryRunSchema, bulkPlaceSchema } from '@/lib/validations/renewals';

// Bulk changes are purchases: the permission table's licenses.manage and the Ingram settings' purchase roles.
const manage = { permission: 'licenses.manage', authorize: authorizeLicenseChange } as const;

// Lists each order a bulk change would place, with Ingram's estimate, and the refusals the app can predict.
export const dryRunRenewalChanges = defineAction({
  name: 'renewals.dryRun',
  ...manage,
  schema: bulkDryRunSchema,
  async run(input, ctx) {
    return ok(await dryRunBulkChange(input, ctx.user, getIngramClient()));
  },
});

// Places one subscription's row of a bulk change: one order per (batch, subscription), audited.
export const placeRenewalChange = defineAction({
  name: 'renewals.place',
  ...manage,
  schema: bulkPlaceSchema,
  async run(input, ctx) {
    return placeBulkRow(input, ctx, getIngramClient());
  },
});
