'use client';
// Seats and monthly spend per day over the last 90 days; loaded on demand by portfolio-chart.tsx.
import { LineChart } from '@mui/x-charts/LineChart';
import { Providers } from '@/components/providers';
import type { PortfolioHistory } from '@/lib/inventory/portfolio/history-types';
import { formatMoney } from '@/lib/money';

const CHART_HEIGHT = 280;

export default function PortfolioLineChart({ history }: { history: PortfolioHistory }) {
  const { currency, points } = history;
  // The dashboard page has no MUI providers (its tiles are plain CSS): the chart, loaded on demand, brings them.
  return (
    <Providers>
      <LineChart
        height={CHART_HEIGHT}
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
    </Providers>
  );
}
