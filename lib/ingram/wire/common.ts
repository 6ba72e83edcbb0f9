import 'server-only';
// Lenient building blocks for Ingram's wire format: unknown fields kept, numbers may be strings.
import { z } from 'zod';

/** IDs are numeric strings; a number is accepted and turned into its string. */
export const wireId = z.union([z.string().min(1), z.number()]).transform(String);

export const optionalText = z
  .union([z.string(), z.number()])
  .transform(String)
  .nullish()
  .transform((v) => v ?? undefined);

/** A number that may arrive as a numeric string ("5"); anything else is unusable. */
export const wireNumber = z.union([
  z.number().finite(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const optionalNumber = wireNumber
  .nullish()
  .transform((v) => v ?? undefined)
  .catch(undefined);

/** Money stays a decimal string: never a float on the wire side. */
export const wireMoney = z.looseObject({
  amount: z.union([z.string(), z.number()]).transform(String),
  currency: z.string().optional().default(''),
});
export type Money = { amount: string; currency: string };

export const optionalMoney = wireMoney
  .nullish()
  .transform((v) => v ?? undefined)
  .catch(undefined);

export const wirePeriod = z.looseObject({
  type: z.string(),
  duration: wireNumber,
});
export type Period = { type: string; duration: number };

export const optionalPeriod = wirePeriod
  .nullish()
  .transform((v) => v ?? undefined)
  .catch(undefined);

export const wireParameter = z.looseObject({
  name: z.string(),
  value: z.unknown().optional(),
});

/** Parameter lists: items without a name are dropped rather than failing the whole answer. */
export const wireParameters = z
  .array(z.unknown())
  .nullish()
  .transform((items) =>
    (items ?? []).flatMap((item) => {
      const p = wireParameter.safeParse(item);
      return p.success ? [{ name: p.data.name, value: p.data.value }] : [];
    }),
  );

export const wirePagination = z.looseObject({
  offset: optionalNumber,
  limit: optionalNumber,
  total: optionalNumber,
});

// One list schema per item schema: zod compiles an object's parser on first use, so a schema
// built per call would be compiled (and run unoptimised) on every page read.
const lists = new WeakMap<z.ZodType, ReturnType<typeof buildWireList>>();

/** `{ data: [...], pagination }`; a missing `data` is an unusable answer, a missing pagination is not. */
export function wireList<T extends z.ZodType>(item: T): ReturnType<typeof buildWireList<T>> {
  let list = lists.get(item);
  if (!list) lists.set(item, (list = buildWireList(item)));
  return list as ReturnType<typeof buildWireList<T>>;
}

function buildWireList<T extends z.ZodType>(item: T) {
  return z.looseObject({
    data: z.array(item),
    pagination: wirePagination
      .nullish()
      .transform((v) => v ?? undefined)
      .catch(undefined),
  });
}

/** A boolean that may come as "true"/"false" or "on"/"off". */
export const optionalBoolean = z
  .union([z.boolean(), z.enum(['true', 'false', 'on', 'off']).transform((v) => v === 'true' || v === 'on')])
  .nullish()
  .transform((v) => v ?? undefined)
  .catch(undefined);
