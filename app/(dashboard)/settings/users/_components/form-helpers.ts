'use client';
// Puts a failed action's field errors on the form's fields; returns the failure with only the rest.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ActionFailure } from '@/lib/actions/result';

export function applyFieldErrors<T extends FieldValues>(failure: ActionFailure, fields: readonly Path<T>[], setError: UseFormSetError<T>): ActionFailure {
  const rest: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(failure.fieldErrors ?? {})) {
    if ((fields as readonly string[]).includes(key)) setError(key as Path<T>, { message: messages.join(' ') });
    else rest[key] = messages;
  }
  return { ...failure, fieldErrors: Object.keys(rest).length ? rest : undefined };
}
