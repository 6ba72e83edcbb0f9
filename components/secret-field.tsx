'use client';
import TextField from '@mui/material/TextField';
import type { ControllerRenderProps } from 'react-hook-form';

type Props = {
  label: string;
  /** Only whether a value is stored: the page never receives the value itself. */
  stored: boolean;
  field: ControllerRenderProps<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  disabled: boolean;
  error?: string;
  /** The host or username changed: the stored value will not be used, so it must be typed again. */
  retype?: boolean;
};

/** A write-only secret: says whether one is stored; typing replaces it, empty keeps it. */
export function SecretField({ label, stored, field, disabled, error, retype = false }: Props) {
  const help = retype ? 'Type it again: the host or username changed.' : stored ? 'A value is stored. Leave empty to keep it, or type a new one to replace it.' : 'Not stored yet.';
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      {...field}
      disabled={disabled}
      placeholder={stored && !retype ? 'Stored (type to replace)' : ''}
      required={retype}
      error={!!error}
      helperText={error ?? help}
    />
  );
}
