// A change refused before anything is sent, as the one failure shape actions and routes answer with.
import { fail, type ActionFailure } from '@/lib/actions/result';
import type { Refusal } from './context';

export const refusalFailure = (r: Refusal): ActionFailure => fail(r.code, r.message, r.fieldErrors ? { fieldErrors: r.fieldErrors } : undefined);
