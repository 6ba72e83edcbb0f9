'use client';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Link from 'next/link';

/** A calm explanation with one way forward: no tenant chosen, tenant not mapped, integration off. */
export function Notice({ title, children, href, linkLabel, severity = 'info' }: { title: string; children: React.ReactNode; href?: string; linkLabel?: string; severity?: 'info' | 'warning' }) {
  return (
    <Alert
      severity={severity}
      action={
        href ? (
          <Button component={Link} href={href} color="inherit" size="small">
            {linkLabel}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {children}
    </Alert>
  );
}
