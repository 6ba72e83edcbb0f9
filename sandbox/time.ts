// Calendar helpers in UTC; the sandbox clock is Date.now() plus an offset tests can move.
import type { Period } from './types';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const NCE_WINDOW_MS = 168 * HOUR;

export class Clock {
  offsetMs = 0;
  now(): number {
    return Date.now() + this.offsetMs;
  }
}

function addPeriod(at: number, period: Period, times = 1): number {
  const d = new Date(at);
  if (period.type === 'day') return at + period.duration * times * DAY;
  const months = period.type === 'year' ? 12 * period.duration * times : period.duration * times;
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // Clamp 31 Jan + 1 month to the end of February, as billing systems do.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

// Ingram processes renewals from 00:00 UTC on the renewal date, whatever time the term began.
export function renewalMoment(termStart: number, period: Period): number {
  const d = new Date(addPeriod(termStart, period));
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

export const isoDate = (at: number): string => new Date(at).toISOString().slice(0, 10);
export const isoTime = (at: number): string => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const money = (n: number): string => (Math.round(n * 100) / 100).toFixed(2);
export const periodCode = (p: Period): string => `P${p.duration}${p.type[0]!.toUpperCase()}`;

// Deterministic pseudo-random numbers so seeds and generated worlds repeat exactly.
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A GUID-shaped id derived from a number, stable across runs.
export function stableGuid(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}
