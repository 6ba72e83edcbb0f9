'use client';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatMoney } from '@/lib/money';
import type { OrderView } from '@/lib/orders/view';

/** The order's priced lines and total, as Ingram reports them. */
export function OrderLines({ view }: { view: OrderView }) {
  return (
    <Paper variant="outlined">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2, pt: 1.5 }}>
        Lines and total
      </Typography>
      <Table size="small" aria-label="Order lines">
        <TableHead>
          <TableRow>
            <TableCell>Description</TableCell>
            <TableCell>MPN</TableCell>
            <TableCell align="right">Quantity</TableCell>
            <TableCell align="right">Unit price</TableCell>
            <TableCell align="right">Amount</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {view.lines.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>{view.ingramOrderId ? 'Ingram Micro listed no lines.' : 'Known once Ingram Micro confirms the order.'}</TableCell>
            </TableRow>
          )}
          {view.lines.map((l, i) => (
            <TableRow key={i}>
              <TableCell>{l.description}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{l.mpn}</TableCell>
              <TableCell align="right">{l.quantity}</TableCell>
              <TableCell align="right">{l.unitPrice !== null ? formatMoney(l.unitPrice, l.currency) : ''}</TableCell>
              <TableCell align="right">{l.extendedPrice !== null ? formatMoney(l.extendedPrice, l.currency) : ''}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell colSpan={4} sx={{ fontWeight: 600 }}>
              Total
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="order-total">
              {view.total ? formatMoney(view.total.amount, view.total.currency) : 'Not known yet'}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Paper>
  );
}
