// Character rules for every id an action takes: ids end up in Ingram URL paths and SQL,
// so none may hold a slash, dot segment, percent sign, space or markup.
import { z } from 'zod';

/** Microsoft 365 tenant ids: GUIDs, stored lower-case. */
export const tenantIdRule = (message = 'Not a tenant id') => z.string().trim().toLowerCase().pipe(z.guid(message));
/** Ingram subscription, customer and order ids: numeric strings; a little more, never path-like. */
export const ingramIdRule = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, message);
/** An Ingram product MPN such as CFQ7TTC0LCHC:0002. */
export const mpnRule = (message = 'Choose a product') =>
  z
    .string()
    .trim()
    .min(1, message)
    .max(100)
    .regex(/^[A-Za-z0-9][A-Za-z0-9:._-]*$/, message);
/** The app's user ids (UUIDs). */
export const userIdRule = z.string().pipe(z.uuid('Not a user id'));
/** An order's address in the app: Ingram's id, or local-<row id>. */
export const orderRefRule = z.string().regex(/^(local-)?\d{1,20}$/, 'Not an order reference');
/** A dialog's idempotency key (a UUID, or time-random where randomUUID is missing). */
export const requestKeyRule = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{8,100}$/, message);

/** Names, emails and other single-line text: no control or bidi-override characters. */
export const NO_CONTROL = /^[^\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/u;
