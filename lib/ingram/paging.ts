import 'server-only';
// Reads every page of an Ingram list: the first page tells the total, the rest come concurrently.
import type { z } from 'zod';
import { mapWithConcurrency } from './pool';
import type { QueryValue, Transport } from './transport';
import { wireList } from './wire/common';

/** Ingram's largest page; larger limits are clamped by the API anyway. */
export const PAGE_SIZE = 500;

// Guard against a server reporting an absurd total: 200 pages is 100,000 rows.
const MAX_PAGES = 200;

export type ListSpec<T extends z.ZodType> = {
  operation: string;
  path: string;
  query?: Record<string, QueryValue>;
  item: T;
};

// A list's page schema built once per item schema: building a zod schema costs more than parsing a short page.
const pageSchemas = new WeakMap<z.ZodType, ReturnType<typeof wireList>>();

function pageSchemaOf<T extends z.ZodType>(item: T): ReturnType<typeof wireList<T>> {
  let schema = pageSchemas.get(item);
  if (!schema) pageSchemas.set(item, (schema = wireList(item)));
  return schema as ReturnType<typeof wireList<T>>;
}

export async function listAllPages<T extends z.ZodType>(transport: Transport, spec: ListSpec<T>): Promise<Array<z.output<T>>> {
  const schema = pageSchemaOf(spec.item);
  const page = (offset: number) =>
    transport.call({
      operation: spec.operation,
      method: 'GET',
      path: spec.path,
      query: { ...spec.query, offset, limit: PAGE_SIZE },
      schema,
    });

  const first = await page(0);
  const total = first.pagination?.total;
  if (total === undefined || first.data.length === 0 || first.data.length >= total) return first.data;
  // The server may clamp the limit lower than asked: step by what it actually gave.
  const step = first.data.length;

  const offsets: number[] = [];
  for (let offset = first.data.length; offset < total && offsets.length < MAX_PAGES; offset += step) offsets.push(offset);
  const rest = await mapWithConcurrency(offsets, transport.options.concurrency, (offset) => page(offset));
  return [first.data, ...rest.map((p) => p.data)].flat();
}
