import 'server-only';
// The Microsoft client: Partner Center's customer list and each customer tenant's licenses.
import { DEFAULT_OPTIONS, type MicrosoftClientOptions, type MicrosoftConnection } from './connection';
import { isMicrosoftError, type MicrosoftError } from './errors';
import { graphList, type GraphContext } from './graph';
import { TokenCache } from './token';
import type { LicensedUser, LicenseSource, PartnerContract, TenantSku, TenantSubscription } from './types';
import { companySubscriptionList, contractList, subscribedSkuList, userList } from './wire';

export type TenantResult<T> = { tenantId: string; ok: true; value: T } | { tenantId: string; ok: false; error: MicrosoftError };

export type MicrosoftClient = ReturnType<typeof createMicrosoftClient>;

export function createMicrosoftClient(init: { connection: MicrosoftConnection; tokens?: TokenCache; options?: Partial<MicrosoftClientOptions> }) {
  const ctx: GraphContext = { conn: init.connection, options: { ...DEFAULT_OPTIONS, ...init.options }, tokens: init.tokens ?? new TokenCache() };
  const partner = init.connection.partnerTenantId;

  return {
    partnerTenantId: partner,

    /** Token for a tenant (cached): the connection test's first step. */
    token: (tenantId: string) => ctx.tokens.get(ctx.conn, tenantId, ctx.options),

    async listContracts(): Promise<PartnerContract[]> {
      const rows = await graphList(ctx, partner, '/contracts?$top=999', contractList, 'list the Partner Center customers');
      return rows.map((c) => ({ tenantId: c.customerId.toLowerCase(), displayName: c.displayName?.trim() || c.defaultDomainName || c.customerId, defaultDomain: c.defaultDomainName ?? '' }));
    },

    async listSubscribedSkus(tenantId: string): Promise<TenantSku[]> {
      const rows = await graphList(ctx, tenantId, '/subscribedSkus', subscribedSkuList, 'read the licenses of the tenant');
      return rows.map((s) => ({
        skuId: s.skuId,
        skuPartNumber: s.skuPartNumber ?? s.skuId,
        capabilityStatus: s.capabilityStatus ?? 'Enabled',
        enabledSeats: s.prepaidUnits?.enabled ?? 0,
        assignedSeats: s.consumedUnits ?? 0,
        suspendedSeats: s.prepaidUnits?.suspended ?? 0,
        warningSeats: s.prepaidUnits?.warning ?? 0,
        subscriptionIds: s.subscriptionIds ?? [],
      }));
    },

    async listTenantSubscriptions(tenantId: string): Promise<TenantSubscription[]> {
      const rows = await graphList(ctx, tenantId, '/directory/subscriptions', companySubscriptionList, 'read the subscriptions of the tenant');
      return rows.map((s) => ({
        id: s.id,
        commerceSubscriptionId: s.commerceSubscriptionId ?? null,
        skuId: s.skuId ?? null,
        skuPartNumber: s.skuPartNumber ?? null,
        status: s.status ?? 'Enabled',
        totalLicenses: s.totalLicenses ?? 0,
        isTrial: s.isTrial ?? false,
        createdAt: s.createdDateTime ?? null,
        nextLifecycleAt: s.nextLifecycleDateTime ?? null,
        ownerTenantId: s.ownerTenantId?.toLowerCase() ?? null,
      }));
    },

    async listLicensedUsers(tenantId: string): Promise<LicensedUser[]> {
      const rows = await graphList(ctx, tenantId, '/users?$select=id,userPrincipalName,accountEnabled,assignedLicenses&$top=999', userList, 'read the users of the tenant');
      return rows.map((u) => ({
        id: u.id,
        userPrincipalName: u.userPrincipalName ?? u.id,
        accountEnabled: u.accountEnabled ?? true,
        skuIds: (u.assignedLicenses ?? []).flatMap((l) => (l.skuId ? [l.skuId] : [])),
      }));
    },

    /** What the usage sync needs of one tenant: its products (seats paid and assigned) and the subscriptions behind them. */
    async readTenantLicenses(tenantId: string): Promise<{ skus: TenantSku[]; subscriptions: TenantSubscription[] }> {
      const [skus, subscriptions] = await Promise.all([this.listSubscribedSkus(tenantId), this.listTenantSubscriptions(tenantId)]);
      return { skus, subscriptions };
    },

    /** The usage sync's read of one tenant: products with seats enabled and assigned, and the subscriptions behind them. */
    async readTenantUsage(tenantId: string): Promise<{ skus: TenantSku[]; sources: LicenseSource[] }> {
      const { skus, subscriptions } = await this.readTenantLicenses(tenantId);
      const sources = subscriptions.map((s) => ({
        id: s.id,
        microsoftSubscriptionId: s.commerceSubscriptionId,
        skuId: s.skuId,
        skuPartNumber: s.skuPartNumber,
        sellerTenantId: s.ownerTenantId,
        seats: s.totalLicenses,
        status: s.status,
      }));
      return { skus, sources };
    },

    /** Runs `read` for every tenant, at most `concurrency` at once; one tenant's failure is its own result. */
    async forEachTenant<T>(tenantIds: readonly string[], read: (tenantId: string) => Promise<T>): Promise<TenantResult<T>[]> {
      const results = new Array<TenantResult<T>>(tenantIds.length);
      let next = 0;
      const worker = async () => {
        while (next < tenantIds.length) {
          const index = next++;
          const tenantId = tenantIds[index]!;
          try {
            results[index] = { tenantId, ok: true, value: await read(tenantId) };
          } catch (e) {
            if (!isMicrosoftError(e)) throw e;
            results[index] = { tenantId, ok: false, error: e };
          }
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(ctx.options.concurrency, tenantIds.length)) }, worker));
      return results;
    },
  };
}
