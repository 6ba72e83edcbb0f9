import type { CurrentUser } from '@/lib/auth/current-user';

// Placeholder until the mapping view lands.
export async function MappingSection({ user }: { user: CurrentUser }) {
  return <p>Tenant mapping for {user.name} is coming.</p>;
}
