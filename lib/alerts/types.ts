// The shapes the alert engine passes around: a candidate a source reports, the message that is
// queued, and the interface every event source implements.
import type { AlertKind } from '@/lib/validations/alerts';

export type AlertDetails = Record<string, string | number | boolean | null>;

/** Something a source noticed. `key` identifies the event: the same key never alerts twice. */
export type AlertCandidate = {
  key: string;
  tenantId: string | null;
  tenantName: string | null;
  /** Product name (or MPN) the event is about, used for product exclusions too. */
  product: string | null;
  /** MPN, when known: product exclusions match it as well as the name. */
  mpn?: string | null;
  occurredAt: Date;
  subject: string;
  details: AlertDetails;
};

/** The parts of a rule a source reads. */
export type RuleParams = { hours: number; days: number; includeMonthly: boolean };

/** One kind of event: asked at each evaluation for what is true now. */
export type AlertSource = {
  kind: AlertKind;
  collect: (params: RuleParams, now: Date) => AlertCandidate[] | Promise<AlertCandidate[]>;
};

/** The channel-neutral message stored with a delivery; each channel formats it when it sends. */
export type AlertMessage = {
  /** The rule kind, or 'digest' / 'test'. */
  event: string;
  occurredAt: string;
  subject: string;
  tenant: { id: string; name: string | null } | null;
  product: string | null;
  details: AlertDetails;
  rule: { id: number; name: string } | null;
  /** A digest's events. */
  items?: AlertMessage[];
};

export type SendOutcome = { ok: true; status?: number } | { ok: false; status?: number; error: string };
