// The purchase wizard's reads, for TanStack Query: each one a GET route (never a server action).
import { queryOptions } from '@tanstack/react-query';
import { readRoute, routeUrl } from '@/lib/actions/read-route';
import type { EstimateInput } from '@/lib/validations/purchase';
import type { EstimateDto } from './estimate';
import type { OwnedSubscription } from './owned';

export type PurchaseEstimate = { estimate: EstimateDto; orderQuantity: number; termCode: string; billingCode: string };

export const ownedProductsQuery = (tenantId: string | undefined, enabled: boolean) =>
  queryOptions({
    queryKey: ['purchase-owned', tenantId],
    queryFn: ({ signal }) => readRoute<OwnedSubscription[]>(`/api/tenants/${encodeURIComponent(tenantId ?? '')}/products`, signal),
    enabled: enabled && !!tenantId,
  });

/** One estimate per review (its request key); `values` reads the form when the query runs. */
export const purchaseEstimateQuery = (requestKey: string | undefined, values: () => EstimateInput) =>
  queryOptions({
    queryKey: ['purchase-estimate', requestKey],
    enabled: !!requestKey,
    gcTime: 0,
    queryFn: ({ signal }) => {
      const { tenantId, mpn, termCode, billingCode, mode, subscriptionId, quantity } = values();
      const search = { mpn, termCode, billingCode, mode, subscriptionId, quantity };
      return readRoute<PurchaseEstimate>(routeUrl(`/api/tenants/${encodeURIComponent(tenantId)}/purchase-estimate`, search), signal);
    },
  });
