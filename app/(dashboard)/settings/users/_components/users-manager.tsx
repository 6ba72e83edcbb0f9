'use client';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import dynamic from 'next/dynamic';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { actionsColumn, DataTable } from '@/components/data-table';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useListManager } from '@/components/use-list-manager';
import { roleDisplayName } from '@/lib/auth/roles';
import type { RoleOption, UserDTO } from '@/lib/users/queries';
import { setUserEnabled, unlockUser } from '../actions';

// Loaded when first opened: the password rule's strength estimator carries large word lists.
const AddUserDialog = dynamic(() => import('./user-dialogs').then((m) => m.AddUserDialog), { ssr: false });
const EditUserDialog = dynamic(() => import('./user-dialogs').then((m) => m.EditUserDialog), { ssr: false });
const PasswordDialog = dynamic(() => import('./user-dialogs').then((m) => m.PasswordDialog), { ssr: false });

type Open = { kind: 'add' } | { kind: 'edit' | 'password' | 'toggle'; user: UserDTO };

export function UsersManager({ users, roles, currentUserId }: { users: UserDTO[]; roles: RoleOption[]; currentUserId: string }) {
  const { dialog: open, setDialog: setOpen, notice, setNotice, failure, setFailure, busy, done, runRowAction } = useListManager<Open>();
  const toggle = (user: UserDTO) => runRowAction(() => setUserEnabled({ id: user.id, disabled: !user.disabled }), `${user.disabled ? 'Enabled' : 'Disabled'} ${user.email}.`);
  const unlock = (user: UserDTO) => runRowAction(() => unlockUser({ id: user.id }), `Unlocked ${user.email}: they can sign in again.`);

  const columns: GridColDef<UserDTO>[] = [
    {
      field: 'email',
      headerName: 'Email',
      flex: 1,
      minWidth: 220,
      renderCell: ({ row }) => (
        <>
          {row.email}
          {row.id === currentUserId && ' (you)'}
        </>
      ),
    },
    { field: 'name', headerName: 'Name', flex: 1, minWidth: 160 },
    { field: 'role', headerName: 'Role', width: 180, valueGetter: (v: string) => roleDisplayName(v) },
    {
      field: 'disabled',
      headerName: 'Status',
      width: 110,
      type: 'boolean',
      renderCell: ({ row }) => (
        <Chip size="small" label={row.disabled ? 'Disabled' : row.locked ? 'Locked' : 'Active'} color={row.disabled ? 'default' : row.locked ? 'warning' : 'success'} variant="outlined" />
      ),
    },
    actionsColumn(360, ({ row }) => (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
        <Button size="small" aria-label={`Edit ${row.email}`} onClick={() => setOpen({ kind: 'edit', user: row })}>
          Edit
        </Button>
        <Button size="small" aria-label={`Set password for ${row.email}`} onClick={() => setOpen({ kind: 'password', user: row })}>
          Password
        </Button>
        <Button
          size="small"
          color={row.disabled ? 'primary' : 'error'}
          aria-label={`${row.disabled ? 'Enable' : 'Disable'} ${row.email}`}
          onClick={() => {
            setFailure(null);
            setOpen({ kind: 'toggle', user: row });
          }}
        >
          {row.disabled ? 'Enable' : 'Disable'}
        </Button>
        {row.locked && (
          <Button size="small" aria-label={`Unlock ${row.email}`} disabled={busy} onClick={() => unlock(row)}>
            Unlock
          </Button>
        )}
      </Stack>
    )),
  ];

  return (
    <Stack spacing={2} sx={{ mb: 4 }}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          Users
        </Typography>
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setOpen({ kind: 'add' })}>
          Add user
        </Button>
      </Stack>
      <SuccessNotice message={notice} testId="users-notice" onClose={() => setNotice(null)} />
      {failure && !open && <ActionErrorAlert failure={failure} />}
      <DataTable exportName="users" rows={users} columns={columns} getRowId={(u) => u.id} aria-label="Users" />
      {open?.kind === 'add' && <AddUserDialog roles={roles} onClose={() => setOpen(null)} onDone={done} />}
      {open?.kind === 'edit' && <EditUserDialog user={open.user} roles={roles} onClose={() => setOpen(null)} onDone={done} />}
      {open?.kind === 'password' && <PasswordDialog user={open.user} onClose={() => setOpen(null)} onDone={done} />}
      {open?.kind === 'toggle' && (
        <ConfirmDialog
          open
          destructive={!open.user.disabled}
          title={`${open.user.disabled ? 'Enable' : 'Disable'} ${open.user.email}?`}
          confirmLabel={open.user.disabled ? 'Enable user' : 'Disable user'}
          busy={busy}
          onConfirm={() => toggle(open.user)}
          onClose={() => setOpen(null)}
        >
          <Typography gutterBottom>
            {open.user.disabled ? 'They can sign in again with their password.' : 'They can no longer sign in, and any open session stops working on its next request.'}
          </Typography>
          {failure && <ActionErrorAlert failure={failure} />}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
