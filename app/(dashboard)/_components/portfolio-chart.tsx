'use client';
// The dashboard's chart: @mui/x-charts is large, so it is downloaded only when the chart nears the screen.
import dynamic from 'next/dynamic';
import { WhenVisible } from '@/components/when-visible';
import type { PortfolioHistory } from '@/lib/inventory/portfolio/history-types';
import styles from './dashboard.module.css';

// The chart's plot (280 px) and its legend above it: the placeholder keeps the page from jumping.
const ChartSkeleton = () => <div className={styles.skeleton} role="img" aria-label="Loading the chart" />;
const PortfolioLineChart = dynamic(() => import('./portfolio-line-chart'), { ssr: false, loading: ChartSkeleton });

export function PortfolioChart({ history }: { history: PortfolioHistory }) {
  if (history.points.length === 0) return <p className={styles.muted}>No daily snapshots yet: the chart fills as the sync runs each day.</p>;
  return (
    <WhenVisible placeholder={<ChartSkeleton />}>
      <PortfolioLineChart history={history} />
    </WhenVisible>
  );
}
