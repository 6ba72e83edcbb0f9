import type { ReactNode } from 'react';
import { Notice } from './notice';

/** What a page shows, instead of its content, to a role that may not open it. */
export function NotAllowedNotice({ title = 'Not available for your role', children = 'Your role cannot open this page.' }: { title?: string; children?: ReactNode }) {
  return (
    <Notice severity="warning" title={title}>
      {children}
    </Notice>
  );
}
