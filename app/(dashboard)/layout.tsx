import type { ReactNode } from 'react';
import { AppProviders } from '@/components/app-providers';
import { DashboardShell } from '@/components/dashboard-shell';
import { requireUser } from '@/lib/auth/current-user';
import { levelAllows } from '@/lib/auth/permissions';
import { roleDisplayName } from '@/lib/auth/roles';
import { navigation } from '@/lib/navigation';
import { listTenants } from '@/lib/tenants/queries';
import { rememberTenant, signOutAction } from './actions';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  // Entries a role cannot use are not shown (the server refuses them anyway).
  const sections = navigation.map((s) => ({ ...s, items: s.items.filter((i) => levelAllows(user.level, i.permission)) })).filter((s) => s.items.length > 0);
  const tenants = listTenants(user.scope).map(({ tenantId, displayName, defaultDomain }) => ({ tenantId, displayName, defaultDomain }));
  return (
    <AppProviders>
      <DashboardShell
        user={{ name: user.name, email: user.email, role: roleDisplayName(user.role) }}
        sections={sections}
        tenants={tenants}
        rememberedTenantId={user.lastTenantId}
        actions={{ signOut: signOutAction, rememberTenant }}
      >
        {children}
      </DashboardShell>
    </AppProviders>
  );
}
