'use client';
import SearchIcon from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState, useTransition } from 'react';

/** The catalog's one search box (the grid has no second one): the query lives in `?q=` so a link opens the same results. */
export function CatalogSearch({ initial }: { initial: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [text, setText] = useState(initial);
  const [pending, start] = useTransition();
  return (
    <Stack
      direction="row"
      spacing={1}
      component="form"
      role="search"
      sx={{ mb: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        const next = new URLSearchParams(params.toString());
        if (text.trim()) next.set('q', text.trim());
        else next.delete('q');
        start(() => router.push(`${pathname}?${next.toString()}`));
      }}
    >
      <TextField label="Search products by name, MPN or vendor" value={text} onChange={(e) => setText(e.target.value)} size="small" sx={{ flexGrow: 1, maxWidth: 520 }} />
      <Button type="submit" variant="outlined" startIcon={<SearchIcon />} disabled={pending}>
        {pending ? 'Searching…' : 'Search'}
      </Button>
    </Stack>
  );
}
