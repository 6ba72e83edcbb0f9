'use client';
// The Sync tab (run history in the data grid) as a separate chunk, loaded only when that tab is shown.
import dynamic from 'next/dynamic';

export const SyncSectionLazy = dynamic(() => import('./sync-section').then((m) => m.SyncSection));
