// Mapping schemas shared by the mapping page's forms (zodResolver) and its actions.
import { z } from 'zod';

import { ingramIdRule, tenantIdRule } from './ids';

const tenantId = tenantIdRule('Choose a tenant');
const customerId = ingramIdRule('Choose an Ingram customer');

export const mappingSchema = z.object({ tenantId, customerId });
export type MappingFormInput = z.input<typeof mappingSchema>;

export const removeMappingSchema = z.object({ tenantId });

export const acceptProposalsSchema = z.object({
  items: z
    .array(z.object({ tenantId, customerId, method: z.enum(['tenantId', 'name']) }))
    .min(1, 'Select at least one proposal')
    .max(10_000),
});

export const autoMapBatchSchema = z.object({
  scanId: z.uuid(),
  customerIds: z.array(customerId).max(500),
});

export const autoMapFinishSchema = z.object({ scanId: z.uuid() });

export const refreshCustomersSchema = z.object({});
