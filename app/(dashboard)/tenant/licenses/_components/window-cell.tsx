'use client';
// The NCE window cell: its summary as a link-like button that opens the subscription's seat lots,
// so the grid keeps its columns (and 1440 px without scrolling) while every lot stays one click away.
import Button from '@mui/material/Button';
import type { GridRenderCellParams } from '@mui/x-data-grid';
import { useState } from 'react';
import { useNow } from '@/components/use-now';
import type { LicenseRow } from '@/lib/licenses/types';
import { SeatLotsDialog } from './seat-lots-dialog';

export function WindowCell({ row, value }: GridRenderCellParams<LicenseRow>) {
  const [open, setOpen] = useState(false);
  const now = useNow();
  const text = String(value ?? '');
  return (
    <>
      <Button
        size="small"
        variant="text"
        title={`${text}: show the seat lots`}
        aria-label={`Seat lots of ${row.productName}: ${text}`}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        sx={{ minWidth: 0, px: 0.5, textTransform: 'none', justifyContent: 'flex-start', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block', maxWidth: '100%' }}
      >
        {text}
      </Button>
      {open && <SeatLotsDialog row={row} now={now} onClose={() => setOpen(false)} />}
    </>
  );
}
