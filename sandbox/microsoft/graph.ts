// Graph v1.0: /contracts, /subscribedSkus, /directory/subscriptions and /users for the tenant a token names.
import type { MsSandboxState } from './state';
import type { MsTenant } from './types';
import { GraphError } from './wire';

export const GRAPH_ROUTES = ['/contracts', '/subscribedSkus', '/directory/subscriptions', '/users'] as const;
export type GraphRoute = (typeof GRAPH_ROUTES)[number];

const CONTEXT: Record<GraphRoute, string> = {
  '/contracts': 'contracts',
  '/subscribedSkus': 'subscribedSkus',
  '/directory/subscriptions': 'directory/subscriptions',
  '/users': 'users',
};
const MAX_TOP: Record<GraphRoute, number> = { '/contracts': 999, '/subscribedSkus': Infinity, '/directory/subscriptions': 999, '/users': 999 };

type Page = { '@odata.context': string; value: unknown[]; '@odata.nextLink'?: string };

/** One page of a collection: $top caps it, $skiptoken (opaque to the client) says where it starts. */
function page(s: MsSandboxState, route: GraphRoute, rows: unknown[], url: URL, origin: string): Page {
  const context = `${origin}/v1.0/$metadata#${CONTEXT[route]}`;
  if (MAX_TOP[route] === Infinity) return { '@odata.context': context, value: rows };
  const topRaw = url.searchParams.get('$top');
  const top = topRaw === null ? s.config.defaultPageSize : Number(topRaw);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP[route])
    throw new GraphError(400, 'Request_UnsupportedQuery', `Invalid page size specified: '${topRaw}'. Must be between 1 and ${MAX_TOP[route]} inclusive.`);
  const skip = url.searchParams.get('$skiptoken');
  const offset = skip ? Number(Buffer.from(skip, 'base64url').toString('utf8').replace(/^o:/, '')) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw new GraphError(400, 'Directory_ExpiredPageToken', 'The specified page token value has expired and can no longer be included in your request.');
  const body: Page = { '@odata.context': context, value: rows.slice(offset, offset + top) };
  if (offset + top < rows.length) {
    // Graph writes its OData options with a bare '$' ($top, $skiptoken), as here.
    const params = new Map([...url.searchParams].filter(([k]) => k !== '$skiptoken' && k !== '$top'));
    params.set('$top', String(top));
    params.set('$skiptoken', Buffer.from(`o:${offset + top}`).toString('base64url'));
    body['@odata.nextLink'] = `${origin}/v1.0${route}?${[...params].map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&')}`;
  }
  return body;
}

function subscribedSkus(t: MsTenant) {
  const bySku = new Map<string, MsTenant['subscriptions']>();
  for (const sub of t.subscriptions) bySku.set(sub.skuId, [...(bySku.get(sub.skuId) ?? []), sub]);
  return [...bySku].map(([skuId, subs]) => {
    const units = (status: string) => subs.filter((x) => x.status === status).reduce((n, x) => n + x.totalLicenses, 0);
    return {
      accountId: t.tenantId,
      accountName: t.displayName,
      appliesTo: 'User',
      capabilityStatus: subs.some((x) => x.status === 'Enabled') ? 'Enabled' : subs[0]!.status,
      consumedUnits: t.users.filter((u) => u.skuIds.includes(skuId)).length,
      id: `${t.tenantId}_${skuId}`,
      skuId,
      skuPartNumber: subs[0]!.skuPartNumber,
      subscriptionIds: subs.map((x) => x.id),
      prepaidUnits: { enabled: units('Enabled'), suspended: units('Suspended'), warning: units('Warning'), lockedOut: units('LockedOut') },
      servicePlans: [],
    };
  });
}

const companySubscription = (x: MsTenant['subscriptions'][number]) => ({
  id: x.id,
  commerceSubscriptionId: x.commerceSubscriptionId,
  createdDateTime: x.createdDateTime,
  isTrial: x.isTrial,
  nextLifecycleDateTime: x.nextLifecycleDateTime,
  ownerId: x.ownerTenantId,
  ownerTenantId: x.ownerTenantId,
  ownerType: 'Company',
  serviceStatus: [],
  skuId: x.skuId,
  skuPartNumber: x.skuPartNumber,
  status: x.status,
  totalLicenses: x.totalLicenses,
});

function user(u: MsTenant['users'][number], select: string[] | undefined) {
  const full: Record<string, unknown> = {
    id: u.id,
    userPrincipalName: u.userPrincipalName,
    displayName: u.userPrincipalName.split('@')[0],
    accountEnabled: u.accountEnabled,
    assignedLicenses: u.skuIds.map((skuId) => ({ disabledPlans: [], skuId })),
  };
  if (!select) return full;
  return Object.fromEntries(select.filter((k) => k in full).map((k) => [k, full[k]]));
}

export function answerGraph(s: MsSandboxState, route: GraphRoute, tenantId: string, url: URL, origin: string): Page {
  const tenant = s.world.tenants.get(tenantId);
  if (!tenant) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
  if (tenant.denied.includes(route)) throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  if (route === '/contracts') return page(s, route, tenantId === s.credentials.partnerTenantId ? s.world.contracts : [], url, origin);
  if (route === '/subscribedSkus') return page(s, route, subscribedSkus(tenant), url, origin);
  if (route === '/directory/subscriptions') return page(s, route, tenant.subscriptions.map(companySubscription), url, origin);
  const select = url.searchParams
    .get('$select')
    ?.split(',')
    .map((x) => x.trim());
  return page(
    s,
    route,
    tenant.users.map((u) => user(u, select)),
    url,
    origin,
  );
}
