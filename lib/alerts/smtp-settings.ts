import 'server-only';
// The SMTP settings alerts are emailed with: read for the page (no password in any form),
// saved with the password encrypted (empty keeps it), and read decrypted only to send.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { alertSmtpSettings } from '@/db/schema';
import { decryptSecret, encryptSecret } from '@/lib/crypto';
import type { SmtpSettingsValues } from '@/lib/validations/alerts';

const ID = 1;

export type SmtpSettingsDTO = Omit<SmtpSettingsValues, 'password'> & { passwordStored: boolean; updatedAt: string | null; updatedBy: string | null };
export type SmtpConfig = { host: string; port: number; tlsMode: 'none' | 'starttls' | 'tls'; username: string; password: string; fromAddress: string };

function row() {
  return getDb().select().from(alertSmtpSettings).where(eq(alertSmtpSettings.id, ID)).get();
}

export function readSmtpSettings(): SmtpSettingsDTO {
  const r = row();
  return {
    host: r?.host ?? '',
    port: r?.port ?? 587,
    tlsMode: r?.tlsMode ?? 'starttls',
    username: r?.username ?? '',
    fromAddress: r?.fromAddress ?? '',
    digestHourUtc: r?.digestHourUtc ?? 7,
    passwordStored: !!r?.passwordEnc,
    updatedAt: r?.updatedAt?.toISOString() ?? null,
    updatedBy: r?.updatedBy ?? null,
  };
}

/** The hour (UTC) the daily digest goes out. */
export function digestHourUtc(): number {
  return row()?.digestHourUtc ?? 7;
}

type Plain = Omit<SmtpSettingsDTO, 'passwordStored' | 'updatedAt' | 'updatedBy'>;

/** Saves; returns what changed (a new password is named, never shown). */
export function saveSmtpSettings(values: SmtpSettingsValues, updatedBy: string): { before: Plain; after: Plain; changed: string[] } {
  const { passwordStored: _stored, updatedAt: _at, updatedBy: _by, ...before } = readSmtpSettings();
  const { password, ...after } = values;
  const changed = (Object.keys(after) as (keyof Plain)[]).filter((k) => before[k] !== after[k]) as string[];
  if (password) changed.push('password');
  const set = { ...after, ...(password ? { passwordEnc: encryptSecret(password) } : {}), updatedAt: new Date(), updatedBy };
  getDb()
    .insert(alertSmtpSettings)
    .values({ id: ID, ...set })
    .onConflictDoUpdate({ target: alertSmtpSettings.id, set })
    .run();
  return { before, after, changed };
}

/** The settings with the password decrypted, for nodemailer only; undefined when no host or sender is set. */
export function smtpConfigForSending(): SmtpConfig | undefined {
  const r = row();
  if (!r?.host || !r.fromAddress) return undefined;
  return { host: r.host, port: r.port, tlsMode: r.tlsMode, username: r.username, password: r.passwordEnc ? decryptSecret(r.passwordEnc) : '', fromAddress: r.fromAddress };
}
