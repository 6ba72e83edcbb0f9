'use client';
// The NCE window cell: its summary as a link-like button that opens the subscription's seat lots,
// so the grid keeps its columns (and 1440 px without scrolling) while every lot stays one click away.
// Plain HTML in MUI's small text Button look: a page of rows renders no MUI button.
import type { GridRenderCellParams } from '@mui/x-data-grid';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import b from '@/components/plain-button.module.css';
import { useNow } from '@/components/use-now';
import type { LicenseRow } from '@/lib/licenses/types';
import s from './window-cell.module.css';

const SeatLotsDialog = dynamic(() => import('./seat-lots-dialog').then((m) => m.SeatLotsDialog), { loading: () => null });

export function WindowCell({ row, value }: GridRenderCellParams<LicenseRow>) {
  const [open, setOpen] = useState(false);
  const now = useNow();
  const text = String(value ?? '');
  return (
    <>
      <button
        type="button"
        className={`${b.button} ${b.small} ${s.window}`}
        title={`${text}: show the seat lots`}
        aria-label={`Seat lots of ${row.productName}: ${text}`}
        aria-haspopup="dialog"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        {text}
      </button>
      {open && <SeatLotsDialog row={row} now={now} onClose={() => setOpen(false)} />}
    </>
  );
}
