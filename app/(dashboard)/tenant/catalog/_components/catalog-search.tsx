'use client';
import SearchIcon from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useId, useState, useTransition } from 'react';

const label = 'Search products by name, MPN or vendor';

/** The catalog's one search box (the grid has no second one): the query lives in `?q=` so a link opens the same results. */
export function CatalogSearch({ initial }: { initial: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [text, setText] = useState(initial);
  const [pending, start] = useTransition();
  const id = useId();
  // The outlined input without TextField, which would bring MUI's Select, Menu and Modal with it (issue 20).
  return (
    <form
      role="search"
      style={{ display: 'flex', gap: 8, marginBottom: 16 }}
      onSubmit={(e) => {
        e.preventDefault();
        const next = new URLSearchParams(params.toString());
        if (text.trim()) next.set('q', text.trim());
        else next.delete('q');
        start(() => router.push(`${pathname}?${next.toString()}`));
      }}
    >
      <FormControl size="small" sx={{ flexGrow: 1, maxWidth: 520 }}>
        <InputLabel htmlFor={id}>{label}</InputLabel>
        <OutlinedInput id={id} label={label} value={text} onChange={(e) => setText(e.target.value)} />
      </FormControl>
      <Button type="submit" variant="outlined" startIcon={<SearchIcon />} disabled={pending}>
        {pending ? 'Searching…' : 'Search'}
      </Button>
    </form>
  );
}
