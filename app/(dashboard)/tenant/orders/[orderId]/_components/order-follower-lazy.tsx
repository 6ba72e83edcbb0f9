'use client';
// The follower (MUI table, alerts, TanStack Query) as its own chunk: a server page's static import would
// put it on the not-found and upstream-error views too (issue 20). `loading` gives it its own Suspense
// boundary; it is still server-rendered, so a found order's first paint is unchanged.
import dynamic from 'next/dynamic';

export const OrderFollowerLazy = dynamic(() => import('./order-follower').then((m) => m.OrderFollower), { loading: () => null });
