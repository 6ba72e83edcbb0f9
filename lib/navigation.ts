// The left navigation, shared by server (filtering by role) and browser (rendering).
import type { Permission } from '@/lib/auth/permissions';

type NavItem = { label: string; href: string; permission: Permission; tenantScoped: boolean };
export type NavSection = { title: string; items: NavItem[] };

/** A section's links as [label, href, permission]; a tenant-scoped section's links carry the chosen tenant along. */
function section(title: string, tenantScoped: boolean, links: Array<[label: string, href: string, permission: Permission]>): NavSection {
  return { title, items: links.map(([label, href, permission]) => ({ label, href, permission, tenantScoped })) };
}

export const navigation: NavSection[] = [
  section('Tenant Administration', true, [
    ['CSP Licenses', '/tenant/licenses', 'licenses.view'],
    ['Renewals', '/tenant/renewals', 'licenses.view'],
    ['Reclaim Planner', '/tenant/reclaim', 'licenses.view'],
    ['Add Subscription', '/tenant/add-subscription', 'licenses.view'],
    ['Catalog', '/tenant/catalog', 'catalog.view'],
    ['Orders', '/tenant/orders', 'orders.view'],
    ['Approvals', '/approvals', 'approvals.view'],
  ]),
  section('CIPP Settings', false, [
    ['Integrations', '/settings/integrations', 'integrations.manage'],
    ['Mappings', '/settings/mappings', 'mappings.view'],
    ['Tenants', '/settings/tenants', 'tenants.manage'],
    ['Users & Roles', '/settings/users', 'users.manage'],
    ['Alerts', '/settings/alerts', 'alerts.manage'],
    ['Logs', '/settings/logs', 'logs.view'],
  ]),
];
