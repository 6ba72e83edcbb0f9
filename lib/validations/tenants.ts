// Tenant schemas shared by the Tenants page's forms (zodResolver) and its actions.
import { z } from 'zod';

/** A DNS name such as contoso.onmicrosoft.com: labels of letters, digits and hyphens, a letter TLD. */
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const tenantIdField = z.string().trim().toLowerCase().pipe(z.guid('The tenant id must be a GUID, e.g. 0a96abb3-3b07-4f0e-af48-bcc4893e0e73'));

const displayNameField = z.string().trim().min(1, 'Enter a display name').max(200, 'At most 200 characters');

const defaultDomainField = z.string().trim().toLowerCase().min(1, 'Enter the default domain').regex(DOMAIN, 'Not a domain: use a name such as contoso.onmicrosoft.com');

export const tenantInputSchema = z.object({
  tenantId: tenantIdField,
  displayName: displayNameField,
  defaultDomain: defaultDomainField,
});
export type TenantInput = z.input<typeof tenantInputSchema>;

/** The tenant id is a tenant's identity (mappings and orders refer to it), so edits keep it. */
export const tenantUpdateSchema = z.object({
  id: z.number().int().positive(),
  displayName: displayNameField,
  defaultDomain: defaultDomainField,
});

export const tenantDeleteSchema = z.object({ id: z.number().int().positive() });

export const MAX_IMPORT_BYTES = 1_000_000;
export const tenantImportSchema = z.object({
  csv: z.string().min(1, 'Choose a CSV file or paste its rows').max(MAX_IMPORT_BYTES, 'The file is larger than 1 MB'),
});
export type TenantImport = z.input<typeof tenantImportSchema>;
