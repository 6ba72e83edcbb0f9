'use client';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Link from 'next/link';

/** The Ingram page's tabs, as links so each has its own address. Sync only for those who may run it. */
export function IngramTabs({ current, canSync }: { current: 'settings' | 'mapping' | 'windows' | 'sync'; canSync: boolean }) {
  return (
    <Tabs value={current} sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }}>
      <Tab value="settings" label="Settings" component={Link} href="/settings/integrations/ingram" />
      <Tab value="mapping" label="Tenant Mapping" component={Link} href="/settings/integrations/ingram?tab=mapping" />
      <Tab value="windows" label="NCE windows" component={Link} href="/settings/integrations/ingram?tab=windows" />
      {canSync && <Tab value="sync" label="Sync" component={Link} href="/settings/integrations/ingram?tab=sync" />}
    </Tabs>
  );
}
