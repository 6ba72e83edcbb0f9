'use client';
import dynamic from 'next/dynamic';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Controller } from 'react-hook-form';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { actionsColumn, DataTable } from '@/components/data-table';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useActionForm } from '@/components/use-action-form';
import { roleLabel } from '@/lib/auth/roles';
import type { CustomRoleDTO } from '@/lib/users/queries';
import { roleCreateSchema } from '@/lib/validations/roles';
import { addRole, removeRole } from '../actions';
import { RoleScopeFields, scopeSummary, type TenantOption } from './role-scope-fields';

// Dialogs load when first opened, not with the page.
const RoleEditDialog = dynamic(() => import('./role-edit-dialog').then((m) => m.RoleEditDialog), { ssr: false });

/** Custom roles: a name with the permissions of readonly, editor or admin, for all tenants or some. */
export function RolesPanel({ roles, tenants }: { roles: CustomRoleDTO[]; tenants: TenantOption[] }) {
  const router = useRouter();
  const [removing, setRemoving] = useState<CustomRoleDTO | null>(null);
  const [editing, setEditing] = useState<CustomRoleDTO | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removingBusy, startTransition] = useTransition();
  const {
    register,
    control,
    submitAction,
    failure,
    setFailure,
    reset,
    errors,
    busy: adding,
  } = useActionForm(roleCreateSchema, { name: '', baseRole: 'readonly', description: '', tenantScope: 'all', tenantIds: [] });

  const submit = submitAction(addRole, ['name', 'baseRole', 'description', 'tenantScope', 'tenantIds'], (role) => {
    reset();
    setNotice(`Added the role ${role.name}.`);
    router.refresh();
  });

  const remove = (role: CustomRoleDTO) =>
    startTransition(async () => {
      const res = await removeRole({ id: role.id });
      if (!res.ok) return setFailure(res);
      setRemoving(null);
      setNotice(`Removed the role ${role.name}.`);
      router.refresh();
    });

  const columns: GridColDef<CustomRoleDTO>[] = [
    { field: 'name', headerName: 'Role', flex: 1, minWidth: 160 },
    { field: 'baseRole', headerName: 'Permissions of', width: 150, valueGetter: (v: CustomRoleDTO['baseRole']) => roleLabel[v] },
    {
      field: 'tenantScope',
      headerName: 'Tenants',
      width: 170,
      valueGetter: (_v, row) => scopeSummary(row.tenantScope, row.tenantIds, tenants).label,
      renderCell: ({ row }) => {
        const { label, names } = scopeSummary(row.tenantScope, row.tenantIds, tenants);
        return names ? (
          <Tooltip title={names}>
            <span>{label}</span>
          </Tooltip>
        ) : (
          label
        );
      },
    },
    { field: 'description', headerName: 'Description', flex: 1, minWidth: 200 },
    { field: 'userCount', headerName: 'Users', type: 'number', width: 90 },
    actionsColumn(170, ({ row }) => (
      <Stack direction="row" spacing={1}>
        <Button
          size="small"
          aria-label={`Edit role ${row.name}`}
          onClick={() => {
            setFailure(null);
            setEditing(row);
          }}
        >
          Edit
        </Button>
        <Button
          size="small"
          color="error"
          aria-label={`Remove role ${row.name}`}
          onClick={() => {
            setFailure(null);
            setRemoving(row);
          }}
        >
          Remove
        </Button>
      </Stack>
    )),
  ];

  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        Custom roles
      </Typography>
      <SuccessNotice message={notice} testId="roles-notice" onClose={() => setNotice(null)} />
      {failure && !removing && <ActionErrorAlert failure={failure} />}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <form onSubmit={submit} noValidate aria-label="Add custom role">
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <TextField label="Role name" size="small" {...register('name')} error={!!errors.name} helperText={errors.name?.message} />
            <Controller
              control={control}
              name="baseRole"
              render={({ field }) => (
                <TextField select label="Base permission level" size="small" sx={{ minWidth: 200 }} {...field} error={!!errors.baseRole} helperText={errors.baseRole?.message}>
                  {(['readonly', 'editor', 'admin'] as const).map((l) => (
                    <MenuItem key={l} value={l}>
                      {roleLabel[l]}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            <TextField label="Description" size="small" sx={{ flexGrow: 1 }} {...register('description')} error={!!errors.description} helperText={errors.description?.message} />
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start', mt: 2 }}>
            <RoleScopeFields control={control} errors={errors} tenants={tenants} />
            <Button type="submit" variant="contained" disabled={adding}>
              {adding ? 'Adding…' : 'Add role'}
            </Button>
          </Stack>
        </form>
      </Paper>
      <DataTable exportName="custom-roles" rows={roles} columns={columns} getRowId={(r) => r.id} aria-label="Custom roles" />
      {editing && (
        <RoleEditDialog
          role={editing}
          tenants={tenants}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setNotice(`Saved the role ${editing.name}. Its users get the change on their next request.`);
            setEditing(null);
            router.refresh();
          }}
        />
      )}
      {removing && (
        <ConfirmDialog open destructive title={`Remove the role ${removing.name}?`} confirmLabel="Remove role" busy={removingBusy} onConfirm={() => remove(removing)} onClose={() => setRemoving(null)}>
          <Typography gutterBottom>A role still held by users cannot be removed: give them another role first.</Typography>
          {failure && <ActionErrorAlert failure={failure} />}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
