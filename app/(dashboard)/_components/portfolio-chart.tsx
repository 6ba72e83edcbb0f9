'use client';
// Seats and monthly spend per day over the last 90 days (the dashboard's one client leaf).
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import type { PortfolioHistory } from '@/lib/inventory/portfolio/history-types';
import { formatMoney } from '@/lib/money';

export function PortfolioChart({ history }: { history: PortfolioHistory }) {
  const { currency, points } = history;
  if (points.length === 0) return <Typography color="text.secondary">No daily snapshots yet: the chart fills as the sync runs each day.</Typography>;
  return (
    <LineChart
      height={280}
      xAxis={[{ scaleType: 'point', data: points.map((p) => p.day) }]}
      yAxis={[
        { id: 'seats', label: 'Seats' },
        { id: 'spend', label: `${currency ?? ''} per month`, position: 'right' },
      ]}
      series={[
        { yAxisId: 'seats', label: 'Seats', data: points.map((p) => p.seats), showMark: false },
        {
          yAxisId: 'spend',
          label: `Monthly spend (${currency ?? 'no currency'})`,
          data: points.map((p) => p.monthlySpend),
          showMark: false,
          valueFormatter: (v) => `${formatMoney(v, currency)} per month`,
        },
      ]}
    />
  );
}
