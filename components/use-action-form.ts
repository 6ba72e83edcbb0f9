'use client';
// A form for one server action: the zod schema checks it in the browser, and a failed action's
// field errors land on their fields while anything else is kept to show above them.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionFailure, ActionResult } from '@/lib/actions/result';

/** Puts a failed action's field errors on the form's fields; returns the failure with only the rest. */
export function applyFieldErrors<T extends FieldValues>(failure: ActionFailure, fields: readonly Path<T>[], setError: UseFormSetError<T>): ActionFailure {
  const rest: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(failure.fieldErrors ?? {})) {
    if ((fields as readonly string[]).includes(key)) setError(key as Path<T>, { message: messages.join(' ') });
    else rest[key] = messages;
  }
  return { ...failure, fieldErrors: Object.keys(rest).length ? rest : undefined };
}

export function useActionForm<TIn extends FieldValues, TOut>(schema: z.ZodType<TOut, TIn>, defaultValues: DefaultValues<TIn>) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const form = useForm<TIn, unknown, TOut>({ resolver: zodResolver(schema), defaultValues });
  /** The form's submit handler: the valid values go to `action`; its data to `onOk`, or its failure is shown (errors of `fields` on those fields). */
  const submitAction = <T>(action: (values: TOut) => Promise<ActionResult<T>>, fields: readonly Path<TIn>[], onOk: (data: T, values: TOut) => void) =>
    form.handleSubmit(async (values) => {
      setFailure(null);
      const res = await action(values);
      if (res.ok) onOk(res.data, values);
      else setFailure(applyFieldErrors(res, fields, form.setError));
    });
  // Read here, in render, so the form subscribes to them.
  const { errors, isSubmitting: busy } = form.formState;
  return { ...form, errors, busy, failure, setFailure, submitAction };
}
