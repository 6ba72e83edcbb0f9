// In-memory shapes of the Microsoft sandbox; the Graph wire shapes are built from them in graph.ts.
export type CompanySubscription = {
  id: string;
  commerceSubscriptionId: string;
  skuId: string;
  skuPartNumber: string;
  status: 'Enabled' | 'Warning' | 'Suspended' | 'Deleted' | 'LockedOut';
  totalLicenses: number;
  isTrial: boolean;
  createdDateTime: string;
  nextLifecycleDateTime: string | null;
  ownerTenantId: string;
};

export type TenantUser = { id: string; userPrincipalName: string; accountEnabled: boolean; skuIds: string[] };

export type MsTenant = {
  tenantId: string;
  displayName: string;
  defaultDomain: string;
  /** false: the app has no consent here, so every token request answers AADSTS700016. */
  consented: boolean;
  /** Graph routes ('/users', '/subscribedSkus', ...) that answer 403: a permission the app lacks here. */
  denied: string[];
  subscriptions: CompanySubscription[];
  users: TenantUser[];
};

export type Contract = { id: string; contractType: string; customerId: string; defaultDomainName: string; displayName: string };

export type MsWorld = {
  tenants: Map<string, MsTenant>;
  /** The partner tenant's customer list, in order (GET /contracts). */
  contracts: Contract[];
};

export type MsCredentials = { partnerTenantId: string; clientId: string; clientSecret: string };

export const DEFAULT_MS_CREDENTIALS: MsCredentials = {
  partnerTenantId: '5f1b6d2e-8c3a-4e7b-9a10-2c4d6e8f0a1b',
  clientId: '8a3c1e5f-2b4d-4f6a-8c0e-1a3b5c7d9e0f',
  clientSecret: 'Sbx~ms.7Qe3r9T2uW5yZ8aC1dF4gH6jK0mN',
};

/** The other partner that sold one seeded product too: its subscriptions are "another source". */
export const OTHER_PARTNER_TENANT_ID = '7c2e4a6b-1d3f-4a5c-8e7a-9b0c1d2e3f40';
