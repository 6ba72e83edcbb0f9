// This route's pages use MUI and TanStack Query: their providers (the dashboard's shell has none).
export { AppProvidersLayout as default } from '@/components/app-providers';
