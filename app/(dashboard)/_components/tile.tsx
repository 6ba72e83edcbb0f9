'use client';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import NextLink from 'next/link';
import type { ReactNode } from 'react';

/** A dashboard tile: a title and lines whose numbers open the list behind them. */
export function Tile({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** "<number> <label>" where the number links to the filtered view it counts. */
export function TileLine({ value, label, href }: { value: ReactNode; label: string; href?: string }) {
  return (
    <Typography variant="body2" sx={{ mb: 0.5 }}>
      {href ? (
        <Link component={NextLink} href={href} aria-label={`${label}: ${typeof value === 'string' || typeof value === 'number' ? value : ''}`.trim()} sx={{ fontWeight: 600, fontSize: '1.1rem' }}>
          {value}
        </Link>
      ) : (
        <strong>{value}</strong>
      )}{' '}
      {label}
    </Typography>
  );
}
