'use client';
// The current time for components that show time left or an age. While a server-rendered page hydrates
// it is the server's render time (NowProvider in the root layout), so the text matches the HTML: a
// different minute or hour left would fail hydration, and React would redraw the whole page and drop
// a click made meanwhile. A component mounted later reads the clock; all of them then tick together.
import { createContext, createElement, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';

const ServerNow = createContext<number | null>(null);

/** Wraps the app (root layout) with the time the server rendered this page at. */
export function NowProvider({ serverNow, children }: { serverNow: number; children: ReactNode }) {
  return createElement(ServerNow.Provider, { value: serverNow }, children);
}

let current = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let timerEveryMs = 0;

function tick() {
  current = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(everyMs: number, listener: () => void): () => void {
  listeners.add(listener);
  // A new reader gets the time of now, not of the last tick.
  if (Date.now() - current > 1_000) queueMicrotask(tick);
  if (!timer || everyMs < timerEveryMs) {
    clearInterval(timer);
    timerEveryMs = everyMs;
    timer = setInterval(tick, everyMs);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function useNow(everyMs = 30_000): number {
  const serverNow = useContext(ServerNow);
  // One subscription per mounted reader: a new function each render would unsubscribe and resubscribe (and restart the timer) every render.
  const subscribeEvery = useCallback((listener: () => void) => subscribe(everyMs, listener), [everyMs]);
  return useSyncExternalStore(
    subscribeEvery,
    () => current,
    // On the server and while hydrating: the server's render time (the clock when there is no provider).
    () => serverNow ?? current,
  );
}
