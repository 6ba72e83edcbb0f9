'use client';
import dynamic from 'next/dynamic';
import type { ActionErrorAlertProps } from './action-error-alert-body';

// MUI's Alert loads with the first failure shown, not with the page (issue 20).
// `loading` gives it its own Suspense boundary, so loading it never hides the page (or an open dialog) around it.
const ActionErrorAlertBody = dynamic(() => import('./action-error-alert-body').then((m) => m.ActionErrorAlertBody), { loading: () => null });

/**
 * An action's failure as a person should see it: what failed, the upstream message,
 * the HTTP status and the correlation id (for Ingram support), and a way to retry.
 */
export function ActionErrorAlert(props: ActionErrorAlertProps) {
  return <ActionErrorAlertBody {...props} />;
}
