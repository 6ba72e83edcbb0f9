// This route's pages use MUI: its theme and style cache (TanStack Query comes from tenant/layout.tsx).
export { MuiProvidersLayout as default } from '@/components/app-providers';
