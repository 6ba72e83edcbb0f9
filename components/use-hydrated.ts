'use client';
// False on the server and while the page hydrates, true after: for what only the browser can know at its
// first render (a fetch TanStack Query starts on mount because the browser's clock finds the rows stale).
// Rendered during hydration it would not match the server's HTML, and React would redraw the whole page.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
