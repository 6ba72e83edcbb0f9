'use client';
// The signed-in user in the top bar: their name opens a menu with their own settings.
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import dynamic from 'next/dynamic';
import { useState } from 'react';

// Loaded on first use: the strength estimator's word lists are large.
const ChangePasswordDialog = dynamic(() => import('./change-password-dialog'), { ssr: false });

/** `user.role` is the role's display name ("Super admin"), never its internal key. */
export function UserMenu({ user }: { user: { name: string; email: string; role: string } }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState(false);
  return (
    <>
      <ButtonBase
        aria-label={`Account menu for ${user.name}`}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ borderRadius: 1, px: 1, py: 0.5, display: { xs: 'none', sm: 'block' }, textAlign: 'right' }}
      >
        <Box>
          <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="current-user">
            {user.name}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {user.email}
          </Typography>
        </Box>
      </ButtonBase>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <Box component="li" role="none" sx={{ px: 2, pb: 1 }}>
          <Typography variant="caption" color="text.secondary">
            Signed in as
          </Typography>
          <Typography variant="body2" data-testid="menu-role">
            {user.role}
          </Typography>
        </Box>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setDialog(true);
          }}
        >
          Change password
        </MenuItem>
      </Menu>
      {dialog && <ChangePasswordDialog email={user.email} onClose={() => setDialog(false)} />}
    </>
  );
}
