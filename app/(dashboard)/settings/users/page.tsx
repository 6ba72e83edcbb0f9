import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { requirePagePermission } from '@/lib/auth/page-access';
import { listTenants } from '@/lib/tenants/queries';
import { listCustomRoles, listRoleOptions, listUsers } from '@/lib/users/queries';
import { RolesPanel } from './_components/roles-panel';
import { UsersManager } from './_components/users-manager';

export const metadata = { title: 'Users & Roles' };

export default async function UsersPage() {
  const { user, allowed } = await requirePagePermission('/settings/users', 'users.manage');
  if (!allowed) return <NotAllowedNotice>Only a superadmin can manage users and roles.</NotAllowedNotice>;
  return (
    <>
      <PageHeader title="Users & Roles" subtitle="Who may sign in, and what each role may do." />
      <UsersManager users={listUsers()} roles={listRoleOptions()} currentUserId={user.id} />
      <RolesPanel roles={listCustomRoles()} tenants={listTenants().map(({ tenantId, displayName, defaultDomain }) => ({ tenantId, displayName, defaultDomain }))} />
    </>
  );
}
