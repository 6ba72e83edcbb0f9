import 'server-only';
// Pages guard with the same permission table as actions and routes: a signed-in user (or a
// redirect to sign-in that comes back) and whether the role may open the page.
import { requireUser, type CurrentUser } from './current-user';
import { levelAllows, type Permission } from './permissions';

export async function requirePagePermission(path: string, permission: Permission): Promise<{ user: CurrentUser; allowed: boolean }> {
  const user = await requireUser(path);
  return { user, allowed: levelAllows(user.level, permission) };
}
