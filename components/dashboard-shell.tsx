'use client';
import LogoutIcon from '@mui/icons-material/Logout';
import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useState, type ReactNode } from 'react';
import type { NavSection } from '@/lib/navigation';
import { ColorModeToggle } from './color-mode-toggle';
import { BRAND_ORANGE } from './theme';
import { TenantPicker, type PickerTenant } from './tenant-picker';
import { UserMenu } from './user-menu';

const DRAWER = 248;

type Props = {
  user: { name: string; email: string; role: string };
  sections: NavSection[];
  tenants: PickerTenant[];
  rememberedTenantId: string | null;
  /** The layout's server actions, passed in: shared UI does not import a route's actions. */
  actions: { signOut: () => Promise<void>; rememberTenant: (input: { tenantId: string }) => Promise<unknown> };
  children: ReactNode;
};

function NavList({ sections }: { sections: NavSection[] }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const tenantFilter = params.get('tenantFilter');
  return (
    <Box component="nav" aria-label="Main navigation">
      {sections.map((section) => (
        <List key={section.title} dense subheader={<ListSubheader sx={{ bgcolor: 'transparent', color: 'grey.400' }}>{section.title}</ListSubheader>}>
          {section.items.map((item) => {
            const href = item.tenantScoped && tenantFilter ? `${item.href}?tenantFilter=${encodeURIComponent(tenantFilter)}` : item.href;
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <ListItemButton key={item.href} component={Link} href={href} selected={active} aria-current={active ? 'page' : undefined} sx={{ borderRadius: 1, mx: 1 }}>
                <ListItemText primary={item.label} />
              </ListItemButton>
            );
          })}
        </List>
      ))}
    </Box>
  );
}

export function DashboardShell({ user, sections, tenants, rememberedTenantId, actions, children }: Props) {
  const [open, setOpen] = useState(false);
  const drawer = (
    <Box sx={{ height: '100%', bgcolor: '#1c2536', color: 'grey.100' }}>
      <Toolbar>
        <Typography variant="h6" component={Link} href="/" sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 700 }}>
          CIPP{' '}
          <Box component="span" sx={{ color: BRAND_ORANGE }}>
            · Ingram
          </Box>
        </Typography>
      </Toolbar>
      <Suspense>
        <NavList sections={sections} />
      </Suspense>
    </Box>
  );
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      {/* The first stop of the keyboard: past the navigation, straight to the page. */}
      <Box
        component="a"
        href="#main-content"
        sx={{
          position: 'fixed',
          left: 8,
          top: -100,
          zIndex: (t) => t.zIndex.tooltip + 1,
          px: 2,
          py: 1,
          borderRadius: 1,
          bgcolor: 'background.paper',
          color: 'primary.main',
          fontWeight: 600,
          boxShadow: 3,
          '&:focus': { top: 8 },
        }}
      >
        Skip to content
      </Box>
      <AppBar
        position="fixed"
        color="default"
        elevation={0}
        sx={{ width: { md: `calc(100% - ${DRAWER}px)` }, ml: { md: `${DRAWER}px` }, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        <Toolbar sx={{ gap: 2 }}>
          <IconButton sx={{ display: { md: 'none' } }} aria-label="Open navigation" onClick={() => setOpen(true)}>
            <MenuIcon />
          </IconButton>
          <Suspense>
            <TenantPicker tenants={tenants} rememberedTenantId={rememberedTenantId} onRemember={actions.rememberTenant} />
          </Suspense>
          <Box sx={{ flexGrow: 1 }} />
          <ColorModeToggle />
          <UserMenu user={user} />
          <Chip size="small" color="primary" variant="outlined" label={user.role} data-testid="current-role" />
          <form action={actions.signOut}>
            <Tooltip title="Sign out">
              <IconButton type="submit" aria-label="Sign out">
                <LogoutIcon />
              </IconButton>
            </Tooltip>
          </form>
        </Toolbar>
      </AppBar>
      <Box component="aside" sx={{ width: { md: DRAWER }, flexShrink: { md: 0 } }}>
        <Drawer variant="temporary" open={open} onClose={() => setOpen(false)} sx={{ display: { xs: 'block', md: 'none' }, '& .MuiDrawer-paper': { width: DRAWER } }}>
          {drawer}
        </Drawer>
        <Drawer variant="permanent" open sx={{ display: { xs: 'none', md: 'block' }, '& .MuiDrawer-paper': { width: DRAWER, border: 0 } }}>
          {drawer}
        </Drawer>
      </Box>
      <Box component="main" id="main-content" tabIndex={-1} sx={{ flexGrow: 1, p: 3, width: { md: `calc(100% - ${DRAWER}px)` }, '&:focus': { outline: 'none' } }}>
        <Toolbar />
        {children}
      </Box>
    </Box>
  );
}
