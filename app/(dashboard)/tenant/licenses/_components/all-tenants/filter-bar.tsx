'use client';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { SearchPatch } from '@/components/use-search-state';
import { termBucketLabel, termBuckets, type SubscriptionPageQuery } from '@/lib/inventory/filter';

type Props = { query: SubscriptionPageQuery; onChange: (patch: SearchPatch) => void };

/** A text filter that updates the URL once typing pauses. */
function SearchField({ label, value, onCommit }: { label: string; value: string | undefined; onCommit: (v: string) => void }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => {
    if (text === (value ?? '')) return;
    const timer = setTimeout(() => onCommit(text.trim()), 350);
    return () => clearTimeout(timer);
  }, [text, value, onCommit]);
  return <TextField size="small" label={label} value={text} onChange={(e) => setText(e.target.value)} sx={{ width: 200 }} />;
}

function Choice({ label, value, options, onPick, width = 150 }: { label: string; value: string | number | undefined; options: Array<[string, string]>; onPick: (v: string) => void; width?: number }) {
  return (
    <TextField select size="small" label={label} value={value === undefined ? '' : String(value)} onChange={(e) => onPick(e.target.value)} sx={{ width }}>
      <MenuItem value="">Any</MenuItem>
      {options.map(([v, text]) => (
        <MenuItem key={v} value={v}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The All Tenants filters: each one goes to the server, which filters all rows before paging. */
export function SubscriptionFilterBar({ query, onChange }: Props) {
  return (
    <Box role="search" aria-label="Filter subscriptions" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 2 }}>
      <SearchField label="Tenant" value={query.tenant} onCommit={(tenant) => onChange({ tenant })} />
      <SearchField label="Product or MPN" value={query.product} onCommit={(product) => onChange({ product })} />
      <Choice label="Status" value={query.status} options={['active', 'suspended', 'pending', 'terminated'].map((s) => [s, s])} onPick={(status) => onChange({ status })} width={130} />
      <Choice label="Term" value={query.term} options={termBuckets.map((t) => [t, termBucketLabel[t]])} onPick={(term) => onChange({ term })} width={130} />
      <Choice
        label="Billing"
        value={query.billing}
        options={[
          ['P1M', 'Monthly'],
          ['P1Y', 'Annually'],
          ['P3Y', 'Every 3 years'],
        ]}
        onPick={(billing) => onChange({ billing })}
        width={130}
      />
      <Choice
        label="Renews within"
        value={query.renewalWithinDays}
        options={[7, 30, 60, 90, 180].map((d) => [String(d), `${d} days`])}
        onPick={(renewalWithinDays) => onChange({ renewalWithinDays })}
      />
      <Choice
        label="Auto-renew"
        value={query.autoRenew}
        options={[
          ['on', 'On'],
          ['off', 'Off'],
        ]}
        onPick={(autoRenew) => onChange({ autoRenew })}
        width={120}
      />
      <FormControlLabel control={<Switch checked={query.unused === '1'} onChange={(e) => onChange({ unused: e.target.checked ? '1' : undefined })} />} label="Has unused seats" />
      <FormControlLabel control={<Switch checked={query.windowOpen === '1'} onChange={(e) => onChange({ windowOpen: e.target.checked ? '1' : undefined })} />} label="NCE window open" />
      {query.windowClosingHours !== undefined && <Chip label={`NCE window closes within ${query.windowClosingHours} h`} onDelete={() => onChange({ windowClosingHours: undefined })} />}
    </Box>
  );
}
