'use client';
import SearchIcon from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import LinearProgress from '@mui/material/LinearProgress';
import Pagination from '@mui/material/Pagination';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { ActionErrorAlert } from '@/components/upstream-error';
import { countOf, variantKey } from '@/lib/catalog/periods';
import { catalogSearchQuery } from '@/lib/catalog/queries-client';
import type { CatalogGroup } from '@/lib/catalog/types';
import type { ActionResult } from '@/lib/actions/result';
import type { OwnedSubscription } from '@/lib/purchase/owned';
import type { PurchaseInput } from '@/lib/validations/purchase';
import { ProductCard } from './product-card';

const PAGE_SIZE = 8;

type Props = {
  selected: CatalogGroup | null;
  onSelect: (group: CatalogGroup) => void;
  owned: OwnedSubscription[];
  ownedState: UseQueryResult<ActionResult<OwnedSubscription[]>>;
};

/** Step 2: search the Microsoft catalog by name or MPN and choose one term and billing variant. */
export function ProductStep({ selected, onSelect, owned, ownedState }: Props) {
  const { watch, setValue, formState } = useFormContext<PurchaseInput>();
  const [text, setText] = useState(selected?.name ?? '');
  const [query, setQuery] = useState(selected?.name ?? '');
  const results = useQuery(catalogSearchQuery(query));
  const [mpn, termCode, billingCode] = watch(['mpn', 'termCode', 'billingCode']);
  const value = mpn && termCode && billingCode ? `${mpn}|${variantKey(termCode, billingCode)}` : '';
  const groups = results.data?.ok ? results.data.data : [];
  // A page of products at a time: the whole catalog in one column is a 9,000-pixel scroll.
  const pages = Math.max(1, Math.ceil(groups.length / PAGE_SIZE));
  const selectedIndex = selected ? groups.findIndex((g) => g.mpn === selected.mpn) : -1;
  const [pageState, setPage] = useState<{ query: string; page: number } | null>(null);
  const page = Math.min(pages, pageState?.query === query ? pageState.page : selectedIndex >= 0 ? Math.floor(selectedIndex / PAGE_SIZE) + 1 : 1);
  const shown = groups.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  function choose(v: string) {
    const [m, key] = v.split('|');
    const group = groups.find((g) => g.mpn === m);
    const variant = group?.variants.find((x) => x.key === key);
    if (!group || !variant) return;
    onSelect(group);
    setValue('mpn', group.mpn, { shouldValidate: true });
    setValue('termCode', variant.termCode, { shouldValidate: true });
    setValue('billingCode', variant.billingCode, { shouldValidate: true });
  }

  const fieldError = formState.errors.mpn?.message ?? formState.errors.termCode?.message ?? formState.errors.billingCode?.message;
  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        spacing={1}
        component="form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(text);
        }}
      >
        <TextField label="Search products by name or MPN" value={text} onChange={(e) => setText(e.target.value)} size="small" sx={{ flexGrow: 1, maxWidth: 520 }} />
        <Button type="submit" variant="outlined" startIcon={<SearchIcon />}>
          Search
        </Button>
      </Stack>
      {(results.isFetching || ownedState.isFetching) && <LinearProgress aria-label="Loading products" />}
      {results.data && !results.data.ok && <ActionErrorAlert failure={results.data} onRetry={() => results.refetch()} />}
      {ownedState.data && !ownedState.data.ok && <ActionErrorAlert failure={ownedState.data} title="Could not read the tenant’s current subscriptions" onRetry={() => ownedState.refetch()} />}
      {selected && !groups.some((g) => g.mpn === selected.mpn) && (
        <Typography>
          Chosen: <strong>{selected.name}</strong> ({selected.mpn})
        </Typography>
      )}
      {results.data?.ok && groups.length === 0 && <Typography color="text.secondary">No Microsoft product matches “{query}”.</Typography>}
      {groups.length > 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="product-count">
          {countOf(groups.length, 'product')}
          {pages > 1 && `, showing ${(page - 1) * PAGE_SIZE + 1}–${(page - 1) * PAGE_SIZE + shown.length}`}
        </Typography>
      )}
      <RadioGroup value={value} onChange={(e) => choose(e.target.value)} aria-label="Products">
        <Stack spacing={1.5}>
          {shown.map((g) => (
            <ProductCard key={g.mpn} group={g} owned={owned.filter((o) => o.mpn.toUpperCase() === g.mpn.toUpperCase())} />
          ))}
        </Stack>
      </RadioGroup>
      {pages > 1 && <Pagination count={pages} page={page} onChange={(_, p) => setPage({ query, page: p })} aria-label="Product pages" />}
      {fieldError && <FormHelperText error>{fieldError}</FormHelperText>}
    </Stack>
  );
}
