import 'server-only';
// The Microsoft side in the app's own words: what the rest of the app gets from lib/microsoft.

/** A customer of the partner, from Partner Center's contract list. */
export type PartnerContract = { tenantId: string; displayName: string; defaultDomain: string };

/** One product a tenant has: seats Microsoft counts as paid (all sources) and assigned. */
export type TenantSku = {
  skuId: string;
  skuPartNumber: string;
  capabilityStatus: string;
  enabledSeats: number;
  assignedSeats: number;
  suspendedSeats: number;
  warningSeats: number;
  subscriptionIds: string[];
};

/** One commercial subscription behind a product; ownerTenantId names the partner that sold it. */
export type TenantSubscription = {
  id: string;
  commerceSubscriptionId: string | null;
  skuId: string | null;
  skuPartNumber: string | null;
  status: string;
  totalLicenses: number;
  isTrial: boolean;
  createdAt: string | null;
  nextLifecycleAt: string | null;
  ownerTenantId: string | null;
};

/** A Microsoft subscription behind a product, in the app's words: who sold it and how many seats. */
export type LicenseSource = {
  id: string;
  /** Microsoft's commerce id: an Ingram product's vendorSubscriptionId names the same subscription. */
  microsoftSubscriptionId: string | null;
  skuId: string | null;
  skuPartNumber: string | null;
  /** The partner tenant that sold it (null: bought directly or unknown). */
  sellerTenantId: string | null;
  seats: number;
  status: string;
};

export type LicensedUser = { id: string; userPrincipalName: string; accountEnabled: boolean; skuIds: string[] };

export type ConnectionStepName = 'partner-token' | 'contracts' | 'customer-token' | 'subscribed-skus';

export type MicrosoftConnectionStep = {
  step: ConnectionStepName;
  ok: boolean;
  detail: string;
  tenantId?: string;
  status?: number;
  code?: string;
  correlationId?: string;
};

export type MicrosoftConnectionTest = { ok: boolean; steps: MicrosoftConnectionStep[] };
