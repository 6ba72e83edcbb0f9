'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { SearchIcon } from '@/components/light-table/icons';
import b from '@/components/plain-button.module.css';
import f from '@/components/outlined-field.module.css';
import s from './catalog-search.module.css';

/** The catalog's one search box (the grid has no second one): the query lives in `?q=` so a link opens the same results. */
export function CatalogSearch({ initial }: { initial: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [text, setText] = useState(initial);
  const [pending, start] = useTransition();
  const id = useId();
  // Plain HTML in MUI's look: MUI's field and button would be the page's only MUI on its first paint (issue 20).
  return (
    <form
      role="search"
      className={s.form}
      onSubmit={(e) => {
        e.preventDefault();
        const next = new URLSearchParams(params.toString());
        if (text.trim()) next.set('q', text.trim());
        else next.delete('q');
        start(() => router.push(`${pathname}?${next.toString()}`));
      }}
    >
      <div className={`${f.field} ${s.field}`}>
        <label className={f.label} htmlFor={id}>
          Search products by name, MPN or vendor
        </label>
        <input id={id} className={f.input} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className={`${b.button} ${b.outlined}`} disabled={pending}>
        <SearchIcon />
        {pending ? 'Searching…' : 'Search'}
      </button>
    </form>
  );
}
