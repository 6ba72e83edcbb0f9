'use client';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { formatMoney } from '@/lib/money';
import type { LicenseEstimate } from '@/lib/licenses/types';

export type BeforeAfterLine = { label: string; before: string; after: string };

/** The before -> after summary every confirmation shows, with Ingram's estimate when it has one. */
export function BeforeAfter({ lines, estimate, estimating, estimateError }: { lines: BeforeAfterLine[]; estimate?: LicenseEstimate; estimating?: boolean; estimateError?: string }) {
  const total = estimate?.total !== null && estimate?.total !== undefined ? Number(estimate.total) : undefined;
  return (
    <Table size="small" aria-label="Before and after" sx={{ my: 1 }}>
      <TableBody>
        {lines.map((l) => (
          <TableRow key={l.label}>
            <TableCell component="th" scope="row">
              {l.label}
            </TableCell>
            <TableCell>
              {l.before} → {l.after}
            </TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell component="th" scope="row">
            Ingram Micro estimate
          </TableCell>
          <TableCell data-testid="estimate">
            {estimating
              ? 'Estimating…'
              : total !== undefined
                ? total < 0
                  ? `Refund of ${formatMoney(String(-total), estimate!.currency)}`
                  : `Charge of ${formatMoney(String(total), estimate!.currency)}`
                : (estimateError ?? 'No estimate available')}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
