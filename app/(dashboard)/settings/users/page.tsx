import { Notice } from '@/components/notice';
import { PageHeader } from '@/components/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { levelAllows } from '@/lib/auth/permissions';
import { listCustomRoles, listRoleOptions, listUsers } from '@/lib/users/queries';
import { RolesPanel } from './_components/roles-panel';
import { UsersManager } from './_components/users-manager';

export const metadata = { title: 'Users & Roles' };

export default async function UsersPage() {
  const user = await requireUser('/settings/users');
  if (!levelAllows(user.level, 'users.manage')) {
    return <Notice severity="warning" title="Not available for your role">Only a superadmin can manage users and roles.</Notice>;
  }
  return (
    <>
      <PageHeader title="Users & Roles" subtitle="Who may sign in, and what each role may do." />
      <UsersManager users={listUsers()} roles={listRoleOptions()} currentUserId={user.id} />
      <RolesPanel roles={listCustomRoles()} />
    </>
  );
}
