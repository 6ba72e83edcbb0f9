'use client';
// The dashboard's chart: @mui/x-charts is large, so it is downloaded only when the chart nears the screen.
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import dynamic from 'next/dynamic';
import { WhenVisible } from '@/components/when-visible';
import type { PortfolioHistory } from '@/lib/inventory/portfolio/history-types';

// The chart's plot (280 px) and its legend above it: the placeholder keeps the page from jumping.
const ChartSkeleton = () => <Skeleton variant="rounded" height={310} aria-label="Loading the chart" />;
const PortfolioLineChart = dynamic(() => import('./portfolio-line-chart'), { ssr: false, loading: ChartSkeleton });

export function PortfolioChart({ history }: { history: PortfolioHistory }) {
  if (history.points.length === 0) return <Typography color="text.secondary">No daily snapshots yet: the chart fills as the sync runs each day.</Typography>;
  return (
    <WhenVisible placeholder={<ChartSkeleton />}>
      <PortfolioLineChart history={history} />
    </WhenVisible>
  );
}
