'use client';
// A list's filter, paging and sort kept in the URL (a link or a reload opens the same view),
// parsed with the same zod schema the GET route uses.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { z } from 'zod';

export type SearchPatch = Record<string, string | number | undefined>;

export function useSearchState<S extends z.ZodType>(schema: S): [z.output<S>, (patch: SearchPatch) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const value = useMemo(() => {
    const parsed = schema.safeParse(Object.fromEntries(params));
    return (parsed.success ? parsed.data : schema.parse({})) as z.output<S>;
  }, [params, schema]);
  const update = useCallback(
    (patch: SearchPatch) => {
      const next = new URLSearchParams(params.toString());
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      // A new filter or sort starts again at the first page.
      if (!('page' in patch)) next.delete('page');
      router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    },
    [params, pathname, router],
  );
  return [value, update];
}
