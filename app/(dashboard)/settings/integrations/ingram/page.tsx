import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { requirePagePermission } from '@/lib/auth/page-access';
import { readApprovalPolicy } from '@/lib/approvals/store';
import { levelAllows } from '@/lib/auth/permissions';
import { syncStatus } from '@/lib/inventory/sync/status';
import { env } from '@/lib/env';
import { listRoleChoices, readIngramSettings } from '@/lib/settings/ingram-settings';
import { sandboxBaseUrl } from '@/lib/validations/ingram-settings';
import { MappingSection } from '../../_components/mapping/mapping-section';
import { ApprovalPolicyForm } from './_components/approval-policy-form';
import { ConnectionTest } from './_components/connection-test';
import { IngramTabs } from './_components/ingram-tabs';
import { SettingsForm } from './_components/settings-form';
import { SyncSectionLazy } from './_components/sync-section-lazy';
import { NceWindowsSection } from './_components/nce-windows-section';
import { DEFAULT_WINDOW_HOURS, listWindowLengths } from '@/lib/licenses/window-lengths';

export default async function IngramIntegrationPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const { user, allowed } = await requirePagePermission('/settings/integrations/ingram', 'integrations.manage');
  if (!allowed) return <NotAllowedNotice title="Admins only">Only admins and super admins can open the Ingram Micro settings.</NotAllowedNotice>;
  const canSync = levelAllows(user.level, 'inventory.sync');
  const asked = (await searchParams).tab;
  const tab = asked === 'mapping' ? 'mapping' : asked === 'windows' ? 'windows' : asked === 'sync' && canSync ? 'sync' : 'settings';
  const settings = readIngramSettings();
  return (
    <>
      <PageHeader title="Ingram Micro" subtitle="The reseller account’s Marketplace API connection, and which Ingram customer is billed for each tenant." />
      <IngramTabs current={tab} canSync={canSync} />
      {tab === 'mapping' ? (
        <MappingSection user={user} />
      ) : tab === 'windows' ? (
        <Paper sx={{ p: 3 }}>
          <NceWindowsSection rows={listWindowLengths()} defaultHours={DEFAULT_WINDOW_HOURS} />
        </Paper>
      ) : tab === 'sync' ? (
        <SyncSectionLazy initial={syncStatus()} />
      ) : (
        <Stack spacing={3}>
          <Paper sx={{ p: 3 }}>
            <SettingsForm settings={settings} roles={listRoleChoices()} sandboxUrl={sandboxBaseUrl(env().SANDBOX_PORT)} />
          </Paper>
          <Paper sx={{ p: 3 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              Test connection
            </Typography>
            <ConnectionTest enabled={settings.enabled} />
          </Paper>
          <Paper sx={{ p: 3 }}>
            <ApprovalPolicyForm policy={readApprovalPolicy()} roles={listRoleChoices()} />
          </Paper>
        </Stack>
      )}
    </>
  );
}
