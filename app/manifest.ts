import type { MetadataRoute } from 'next';

// The web app manifest Next serves at /manifest.webmanifest (and links from every page).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'CIPP · Ingram Micro',
    short_name: 'CIPP Ingram',
    description: 'Ingram Micro Cloud Marketplace licenses for your Microsoft 365 tenants',
    start_url: '/',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#1c2536',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}
