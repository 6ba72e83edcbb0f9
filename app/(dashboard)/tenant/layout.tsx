import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/query-provider';

// One TanStack Query client for every tenant route, so moving between them keeps what was read. MUI's
// theme is not here: each route folder that shows MUI at once has a layout with MuiProvidersLayout, and
// the purchase wizard, whose first paint is plain HTML, loads it with its later steps.
export default function TenantLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
