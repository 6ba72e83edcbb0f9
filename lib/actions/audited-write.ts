import 'server-only';
// How a settings write ends: audited either way, and on success the pages that show it revalidated.
import type { ActionContext } from './factory';
import { ok, type ActionFailure } from './result';

type Entry = Omit<Parameters<ActionContext['audit']>[0], 'result'>;

/** The two ends of the writes of one settings page; `revalidate` refreshes the pages that show them. */
export function auditedWrites(revalidate: () => void) {
  return {
    /** The store refused the write: audited with its reason (unless `entry` gives a message) and returned as it is. */
    refused(ctx: ActionContext, failure: ActionFailure, entry: Entry, result: 'refused' | 'failure' = 'refused'): ActionFailure {
      ctx.audit({ result, message: failure.error, ...entry });
      return failure;
    },
    /** The write succeeded: audited, the pages revalidated, `data` returned. */
    succeeded<T>(ctx: ActionContext, entry: Entry, data: T) {
      ctx.audit({ result: 'success', ...entry });
      revalidate();
      return ok(data);
    },
  };
}
