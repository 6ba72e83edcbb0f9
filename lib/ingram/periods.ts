import 'server-only';
// The one period helper: ISO-8601-like codes (P1M, P1Y, P3Y) <-> Ingram's { type, duration }.
import type { Period } from './wire/common';

const UNIT_TO_TYPE: Record<string, string> = { D: 'day', M: 'month', Y: 'year' };
const TYPE_TO_UNIT: Record<string, string> = { day: 'D', month: 'M', year: 'Y' };

export class PeriodCodeError extends Error {
  constructor(code: string) {
    super(`"${code}" is not a period such as P1M, P1Y or P3Y.`);
    this.name = 'PeriodCodeError';
  }
}

export function periodFromCode(code: string): Period {
  const m = /^P(\d+)([DMY])$/i.exec(code.trim());
  if (!m) throw new PeriodCodeError(code);
  return { type: UNIT_TO_TYPE[m[2]!.toUpperCase()]!, duration: Number(m[1]) };
}

/** Whether a stored code is one Ingram's periods can carry. */
export function isPeriodCode(code: string): boolean {
  return /^P(\d+)([DMY])$/i.test(code.trim());
}

/** The code for a period, or undefined for types Ingram calls "unknown" and durations that are not whole. */
export function periodCode(p: Period | undefined): string | undefined {
  const unit = p ? TYPE_TO_UNIT[p.type] : undefined;
  return p && unit && Number.isInteger(p.duration) && p.duration > 0 ? `P${p.duration}${unit}` : undefined;
}
