// The left navigation, shared by server (filtering by role) and browser (rendering).
import type { Permission } from '@/lib/auth/permissions';

type NavItem = { label: string; href: string; permission: Permission; tenantScoped: boolean };
export type NavSection = { title: string; items: NavItem[] };

export const navigation: NavSection[] = [
  {
    title: 'Tenant Administration',
    items: [
      { label: 'CSP Licenses', href: '/tenant/licenses', permission: 'licenses.view', tenantScoped: true },
      { label: 'Add Subscription', href: '/tenant/add-subscription', permission: 'licenses.view', tenantScoped: true },
      { label: 'Catalog', href: '/tenant/catalog', permission: 'catalog.view', tenantScoped: true },
      { label: 'Orders', href: '/tenant/orders', permission: 'orders.view', tenantScoped: true },
    ],
  },
  {
    title: 'CIPP Settings',
    items: [
      { label: 'Integrations', href: '/settings/integrations', permission: 'integrations.manage', tenantScoped: false },
      { label: 'Mappings', href: '/settings/mappings', permission: 'mappings.view', tenantScoped: false },
      { label: 'Tenants', href: '/settings/tenants', permission: 'tenants.manage', tenantScoped: false },
      { label: 'Users & Roles', href: '/settings/users', permission: 'users.manage', tenantScoped: false },
      { label: 'Logs', href: '/settings/logs', permission: 'logs.view', tenantScoped: false },
    ],
  },
];
