'use client';
// The Renewals list and its calendar: annual and multi-year terms first, monthly ones apart
// (behind a switch), grouped by ISO week; a selection across tenants feeds the bulk change.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table';
import { renewalsQuery } from '@/lib/renewals/queries-client';
import { groupByWeek, splitByTerm } from '@/lib/renewals/schedule';
import type { RenewalRow, RenewalsPage } from '@/lib/renewals/types';
import { BulkPanel } from './bulk-panel';
import { RenewalsCalendar } from './renewals-calendar';
import { renewalColumns } from './renewal-columns';

const RANGES = [30, 60, 90, 180, 365];

/** The grid's selection as ids (a "select all" arrives as everything except some). */
const selectedIds = (m: GridRowSelectionModel, rows: RenewalRow[]): string[] => (m.type === 'include' ? [...m.ids].map(String) : rows.map((r) => r.id).filter((id) => !m.ids.has(id)));

function RenewalGrid({ label, rows, selection, onSelection, selectable }: { label: string; rows: RenewalRow[]; selection: string[]; onSelection: (ids: string[]) => void; selectable: boolean }) {
  return (
    <DataTable<RenewalRow>
      aria-label={label}
      exportName={label.toLowerCase().replace(/\W+/g, '-')}
      rows={rows}
      columns={renewalColumns}
      checkboxSelection={selectable}
      // Every column is rendered, however narrow the screen: the last safe moment must never hide off-screen.
      columnBufferPx={3000}
      rowSelectionModel={{ type: 'include', ids: new Set(selection) }}
      onRowSelectionModelChange={(m) => onSelection(selectedIds(m, rows))}
      initialState={{ sorting: { sortModel: [{ field: 'renewalDate', sort: 'asc' }] } }}
    />
  );
}

export function RenewalsView({ tenantId, canManage, initial }: { tenantId?: string; canManage: boolean; initial: RenewalsPage }) {
  const [days, setDays] = useState(60);
  const [showMonthly, setShowMonthly] = useState(false);
  const [day, setDay] = useState<string | null>(null);
  const [longSel, setLongSel] = useState<string[]>([]);
  const [monthlySel, setMonthlySel] = useState<string[]>([]);
  const query = useQuery({ ...renewalsQuery({ tenantId, days }), initialData: days === 60 ? initial : undefined });
  const rows = useMemo(() => query.data?.rows ?? [], [query.data]);
  const onDay = useMemo(() => (day ? rows.filter((r) => r.renewalDate === day) : rows), [rows, day]);
  const { long, monthly } = splitByTerm(onDay);
  const counted = showMonthly ? rows : rows.filter((r) => r.term !== 'monthly');
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of counted) m.set(r.renewalDate, (m.get(r.renewalDate) ?? 0) + 1);
    return m;
  }, [counted]);
  const weeks = groupByWeek(showMonthly ? onDay : long);
  const selected = [...longSel, ...(showMonthly ? monthlySel : [])];
  const selectedRows = rows.filter((r) => selected.includes(r.id));

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField select size="small" label="Renewing within" value={days} onChange={(e) => setDays(Number(e.target.value))} sx={{ width: 180 }}>
          {RANGES.map((d) => (
            <MenuItem key={d} value={d}>
              {d} days
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel control={<Switch checked={showMonthly} onChange={(e) => setShowMonthly(e.target.checked)} />} label="Show monthly" />
        {day && (
          <Button size="small" onClick={() => setDay(null)}>
            Show every day (now only {day})
          </Button>
        )}
        <Typography variant="body2" color="text.secondary">
          Ingram Micro processes renewals from 00:00 UTC on the renewal date: a change must be placed before then.
        </Typography>
      </Stack>
      {query.error && <Alert severity="error">{query.error.message}</Alert>}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 340px' }, gap: 2, alignItems: 'start' }}>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <RenewalGrid label="Annual and multi-year renewals" rows={long} selection={longSel} onSelection={setLongSel} selectable={canManage} />
          {showMonthly ? (
            <RenewalGrid label="Monthly renewals" rows={monthly} selection={monthlySel} onSelection={setMonthlySel} selectable={canManage} />
          ) : (
            <Typography variant="body2" color="text.secondary">
              {monthly.length} monthly subscription{monthly.length === 1 ? ' renews' : 's renew'} in this range: they roll over every month. Turn on “Show monthly” to list them.
            </Typography>
          )}
          {canManage && <BulkPanel rows={selectedRows} onDone={() => void query.refetch()} />}
        </Stack>
        <Paper variant="outlined" sx={{ p: 1 }}>
          <RenewalsCalendar counts={counts} day={day} onDay={setDay} />
          <Typography variant="subtitle2" sx={{ px: 1 }}>
            By week
          </Typography>
          <Box component="ul" aria-label="Renewals by week" sx={{ m: 0, px: 3 }}>
            {weeks.map((w) => (
              <li key={w.key}>
                <Typography variant="body2">
                  {w.key} (from {w.monday}): {w.rows.length} renewal{w.rows.length === 1 ? '' : 's'}
                </Typography>
              </li>
            ))}
          </Box>
        </Paper>
      </Box>
    </Stack>
  );
}
