import type { ReactNode } from 'react';
import { DashboardShell } from '@/components/dashboard-shell';
import '@/components/theme-variables.css';
import { requireUser } from '@/lib/auth/current-user';
import { levelAllows } from '@/lib/auth/permissions';
import { roleDisplayName } from '@/lib/auth/roles';
import { navigation } from '@/lib/navigation';
import { listTenants } from '@/lib/tenants/queries';
import { rememberTenant, signOutAction } from './actions';

// The shell is server-rendered plain CSS over the theme's static CSS variables (theme-variables.css); MUI and TanStack Query
// are provided by the layouts of the route folders that use them (components/app-providers.tsx).
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  // Entries a role cannot use are not shown (the server refuses them anyway).
  const sections = navigation.map((s) => ({ ...s, items: s.items.filter((i) => levelAllows(user.level, i.permission)) })).filter((s) => s.items.length > 0);
  const tenants = listTenants(user.scope).map(({ tenantId, displayName, defaultDomain }) => ({ tenantId, displayName, defaultDomain }));
  return (
    <DashboardShell
      user={{ name: user.name, email: user.email, role: roleDisplayName(user.role) }}
      sections={sections}
      tenants={tenants}
      rememberedTenantId={user.lastTenantId}
      actions={{ signOut: signOutAction, rememberTenant }}
    >
      {children}
    </DashboardShell>
  );
}
