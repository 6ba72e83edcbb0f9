import { Notice } from '@/components/notice';
import type { UpstreamErrorInfo } from '@/lib/actions/result';
import type { CurrentUser } from '@/lib/auth/current-user';
import { levelAllows } from '@/lib/auth/permissions';
import { isIngramError } from '@/lib/ingram';
import { getIngramCustomers, type CustomerList } from '@/lib/mapping/customers-cache';
import { listMappingRows } from '@/lib/mapping/queries';
import { integrationState } from '@/lib/settings/settings-row';
import { MappingViewLazy } from './mapping-view-lazy';

/** The tenant mapping UI, shared by Settings > Mappings and the Ingram page's "Tenant Mapping" tab (hence under settings/_components). */
export async function MappingSection({ user }: { user: CurrentUser }) {
  const state = integrationState();
  const canConfigure = levelAllows(user.level, 'integrations.manage');
  let list: CustomerList | undefined;
  let loadError: UpstreamErrorInfo | undefined;
  if (state === 'enabled') {
    try {
      list = await getIngramCustomers();
    } catch (e) {
      if (!isIngramError(e)) throw e;
      const { kind: _kind, ...pub } = e.toPublic();
      loadError = pub;
    }
  }
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      {state !== 'enabled' && (
        <Notice
          title={state === 'disabled' ? 'The Ingram Micro integration is disabled' : 'The Ingram Micro integration is not set up'}
          severity="warning"
          href={canConfigure ? '/settings/integrations/ingram' : undefined}
          linkLabel="Open Integrations"
        >
          Mappings are shown as saved; customer statuses, auto-map and changes need the integration on.
        </Notice>
      )}
      <MappingViewLazy
        rows={listMappingRows(list?.customers, user.scope)}
        canManage={levelAllows(user.level, 'mappings.manage') && state === 'enabled'}
        fetchedAt={list?.fetchedAt ?? null}
        loadError={loadError ?? null}
        online={state === 'enabled'}
      />
    </div>
  );
}
