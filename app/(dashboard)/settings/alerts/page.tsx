import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { listChannels } from '@/lib/alerts/channels';
import { listRules } from '@/lib/alerts/rules';
import { readSmtpSettings } from '@/lib/alerts/smtp-settings';
import { availableAlertKinds } from '@/lib/alerts/sources/registry';
import { requirePagePermission } from '@/lib/auth/page-access';
import { listTenants } from '@/lib/tenants/queries';
import { ChannelsManager } from './_components/channels-manager';
import { DeliveriesGrid } from './_components/deliveries-grid';
import { RulesManager } from './_components/rules-manager';
import { SmtpForm } from './_components/smtp-form';

export const metadata = { title: 'Alerts' };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper sx={{ p: 3 }} component="section" aria-label={title}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export default async function AlertsPage() {
  const { allowed, user } = await requirePagePermission('/settings/alerts', 'alerts.manage');
  if (!allowed) return <NotAllowedNotice title="Admins only">Only admins and super admins can manage alerts.</NotAllowedNotice>;
  const channels = listChannels();
  const tenants = listTenants(user.scope).map((t) => ({ tenantId: t.tenantId, name: t.displayName }));
  return (
    <>
      <PageHeader title="Alerts" subtitle="Rules that watch orders, tenants and renewals, the channels they send to, and every delivery." />
      <Stack spacing={3}>
        <Section title="Channels">
          <ChannelsManager channels={channels} />
        </Section>
        <Section title="Rules">
          <RulesManager rules={listRules()} kinds={availableAlertKinds()} channels={channels} tenants={tenants} />
        </Section>
        <Section title="Deliveries">
          <DeliveriesGrid />
        </Section>
        <Section title="Email (SMTP)">
          <SmtpForm settings={readSmtpSettings()} />
        </Section>
      </Stack>
    </>
  );
}
