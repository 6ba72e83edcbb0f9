'use client';
// The mapping view (and its data grid) as a separate chunk, loaded only where it is shown: the Ingram
// page imports the mapping section for one of its tabs. (A server component's next/dynamic does not
// split client code; this client wrapper does.)
import dynamic from 'next/dynamic';

export const MappingViewLazy = dynamic(() => import('./mapping-view').then((m) => m.MappingView));
