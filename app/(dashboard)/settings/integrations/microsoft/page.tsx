import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { requirePagePermission } from '@/lib/auth/page-access';
import { readMicrosoftSettings } from '@/lib/settings/microsoft-settings';
import { listTenants } from '@/lib/tenants/queries';
import { ConnectionTest } from './_components/connection-test';
import { MicrosoftSettingsForm } from './_components/settings-form';

export const metadata = { title: 'Microsoft' };

export default async function MicrosoftIntegrationPage() {
  const { allowed, user } = await requirePagePermission('/settings/integrations/microsoft', 'integrations.manage');
  if (!allowed) return <NotAllowedNotice title="Admins only">Only admins and super admins can open the Microsoft settings.</NotAllowedNotice>;
  const settings = readMicrosoftSettings();
  const tenants = listTenants(user.scope).map((t) => ({ tenantId: t.tenantId, displayName: t.displayName }));
  return (
    <>
      <PageHeader title="Microsoft" subtitle="The multi-tenant app that reads Partner Center’s customer list and each tenant’s licenses through Microsoft Graph." />
      <Stack spacing={3}>
        <Paper sx={{ p: 3 }}>
          <MicrosoftSettingsForm settings={settings} />
        </Paper>
        <Paper sx={{ p: 3 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            Test connection
          </Typography>
          <ConnectionTest configured={settings.configured} tenants={tenants} />
        </Paper>
      </Stack>
    </>
  );
}
