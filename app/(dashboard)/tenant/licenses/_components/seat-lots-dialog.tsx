'use client';
// A subscription's seat lots: each purchase, increase or renewal has its own NCE window. Shows which
// seats can be reduced now and until when (UTC and the viewer's local time), and which stay until renewal.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { seatCount } from '@/lib/catalog/periods';
import type { LicenseRow, WindowLot } from '@/lib/licenses/types';
import { timeLeft } from '@/lib/licenses/window';

const SOURCE: Record<WindowLot['source'], string> = { purchase: 'Purchase', increase: 'Increase', renewal: 'Renewal', term: 'Start of term' };

/** "2026-12-03 14:05 UTC": the same text for every viewer. */
export const utcText = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const localText = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** UTC first, the viewer's local time beside it. */
function When({ iso }: { iso: string }) {
  return (
    <>
      {utcText(iso)}
      <br />
      <small>{localText(iso)} local</small>
    </>
  );
}

export function SeatLotsDialog({ row, now, onClose }: { row: LicenseRow; now: number; onClose: () => void }) {
  const w = row.window;
  const lots = w.lots ?? [];
  const quantity = row.quantity ?? 0;
  const reducible = Math.min(quantity, w.removableSeats);
  const locked = Math.max(0, quantity - reducible);
  const hours = w.windowHours ?? 168;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="seat-lots-title">
      <DialogTitle id="seat-lots-title">Seat lots: {row.productName}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity={reducible > 0 ? 'info' : 'warning'} aria-label="Reducible seats">
            {reducible > 0 && w.removeUntil ? (
              <>
                {seatCount(reducible)} can be reduced now, until {utcText(w.removeUntil)} ({localText(w.removeUntil)} your time, {timeLeft(w.removeUntil, now)}).{' '}
              </>
            ) : (
              'No seats can be reduced now. '
            )}
            {seatCount(locked)} locked until renewal{row.renewalDate ? ` on ${row.renewalDate}` : ''}.
            {w.approximate ? ' The term start is known only to the day: its window is counted from midnight UTC.' : ''}
          </Alert>
          {lots.length === 0 ? (
            <Alert severity="info">No seat lots are known for this subscription yet: its orders have not been read.</Alert>
          ) : (
            <Table size="small" aria-label="Seat lots">
              <TableHead>
                <TableRow>
                  <TableCell>Added</TableCell>
                  <TableCell>Source</TableCell>
                  <TableCell align="right">Seats</TableCell>
                  <TableCell>Window ({hours} h) closes</TableCell>
                  <TableCell>Now</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {lots.map((l) => (
                  <TableRow key={`${l.addedAt}-${l.source}`}>
                    <TableCell>
                      <When iso={l.addedAt} />
                    </TableCell>
                    <TableCell>{SOURCE[l.source]}</TableCell>
                    <TableCell align="right">{l.seats}</TableCell>
                    <TableCell>
                      <When iso={l.closesAt} />
                    </TableCell>
                    <TableCell>{l.reducible ? `Reducible (${timeLeft(l.closesAt, now)})` : 'Locked until renewal'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
