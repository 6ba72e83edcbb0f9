'use client';
import Chip from '@mui/material/Chip';
import { statusLabel, type OrderStatus } from '@/lib/orders/status';

const COLOR: Record<OrderStatus, 'default' | 'info' | 'success' | 'error' | 'warning'> = {
  submitted: 'info',
  processing: 'info',
  scheduled: 'info',
  completed: 'success',
  error: 'error',
  cancelled: 'default',
  unknown: 'warning',
};

export function OrderStatusChip({ status }: { status: OrderStatus }) {
  return <Chip size="small" color={COLOR[status]} label={statusLabel[status]} data-testid="order-status" />;
}
