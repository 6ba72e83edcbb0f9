'use client';
// A month view beside the list: days with renewals are marked with their count; a click filters the list to that day.
import Badge from '@mui/material/Badge';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DateCalendar } from '@mui/x-date-pickers/DateCalendar';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { PickerDay, type PickerDayProps } from '@mui/x-date-pickers/PickerDay';
import dayjs, { type Dayjs } from 'dayjs';
import { createContext, useContext } from 'react';

/** Renewals per day (YYYY-MM-DD), for the day slot. */
const RenewalCounts = createContext<ReadonlyMap<string, number>>(new Map());

function RenewalDay(props: PickerDayProps) {
  const counts = useContext(RenewalCounts);
  const key = (props.day as Dayjs).format('YYYY-MM-DD');
  const n = props.outsideCurrentMonth ? 0 : (counts.get(key) ?? 0);
  return (
    <Badge overlap="circular" color="primary" badgeContent={n || undefined} max={99}>
      <PickerDay {...props} aria-label={n ? `${key}: ${n} renewal${n === 1 ? '' : 's'}` : undefined} sx={n ? { fontWeight: 700, border: 1, borderColor: 'primary.main' } : undefined} />
    </Badge>
  );
}

export function RenewalsCalendar({ counts, day, onDay }: { counts: ReadonlyMap<string, number>; day: string | null; onDay: (day: string | null) => void }) {
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <RenewalCounts value={counts}>
        <DateCalendar aria-label="Renewals calendar" value={day ? dayjs(day) : null} onChange={(d: Dayjs | null) => onDay(d ? d.format('YYYY-MM-DD') : null)} slots={{ day: RenewalDay }} />
      </RenewalCounts>
    </LocalizationProvider>
  );
}
