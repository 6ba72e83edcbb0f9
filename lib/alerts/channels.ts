import 'server-only';
// Alert channels: the page's DTOs (whether a URL or secret is stored, never the value), saving
// with secrets encrypted (empty keeps them), and the decrypted form the sender needs.
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { alertChannels } from '@/db/schema';
import { decryptSecret, encryptSecret } from '@/lib/crypto';
import { fail, ok, type ActionResult } from '@/lib/actions/result';
import type { ChannelKind, ChannelValues } from '@/lib/validations/alerts';

export type ChannelDTO = { id: number; name: string; kind: ChannelKind; recipients: string; urlStored: boolean; secretStored: boolean; enabled: boolean };
export type ChannelForSending = { id: number; name: string; kind: ChannelKind; recipients: string[]; url: string | null; secret: string | null; enabled: boolean };

type Row = typeof alertChannels.$inferSelect;

function toDTO(r: Row): ChannelDTO {
  return { id: r.id, name: r.name, kind: r.kind, recipients: r.recipients, urlStored: !!r.urlEnc, secretStored: !!r.secretEnc, enabled: r.enabled };
}

export function listChannels(): ChannelDTO[] {
  return getDb().select().from(alertChannels).orderBy(asc(alertChannels.name)).all().map(toDTO);
}

function findRow(id: number): Row | undefined {
  return getDb().select().from(alertChannels).where(eq(alertChannels.id, id)).get();
}

const nameTaken = (name: string, id?: number) => {
  const other = getDb().select({ id: alertChannels.id }).from(alertChannels).where(eq(alertChannels.name, name)).get();
  return !!other && other.id !== id;
};

/** Adds or updates a channel; returns the DTO before (on update) and after. */
export function saveChannel(v: ChannelValues): ActionResult<{ before: ChannelDTO | null; after: ChannelDTO }> {
  const existing = v.id === undefined ? undefined : findRow(v.id);
  if (v.id !== undefined && !existing) return fail('NOT_FOUND', 'That channel no longer exists. Reload the page.');
  if (nameTaken(v.name, v.id)) return fail('VALIDATION', 'Another channel has this name.', { fieldErrors: { name: ['Another channel has this name'] } });
  const kindChanged = !!existing && existing.kind !== v.kind;
  if (kindChanged && v.kind !== 'email' && !v.url) return fail('VALIDATION', 'The kind changed: enter the URL again.', { fieldErrors: { url: ['The kind changed: enter the URL again'] } });
  if (kindChanged && v.kind === 'webhook' && !v.secret)
    return fail('VALIDATION', 'The kind changed: enter a signing secret.', { fieldErrors: { secret: ['Enter a signing secret of at least 16 characters'] } });
  const values = {
    name: v.name,
    kind: v.kind,
    enabled: v.enabled,
    recipients: v.kind === 'email' ? v.recipients : '',
    // Email keeps no URL; a webhook kind keeps its stored URL and secret when the fields are empty.
    ...(v.kind === 'email' ? { urlEnc: null, secretEnc: null } : {}),
    ...(v.kind !== 'email' && v.url ? { urlEnc: encryptSecret(v.url) } : {}),
    ...(v.kind !== 'webhook' ? { secretEnc: null } : v.secret ? { secretEnc: encryptSecret(v.secret) } : {}),
  };
  const db = getDb();
  const saved = existing
    ? db
        .update(alertChannels)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(alertChannels.id, existing.id))
        .returning()
        .get()
    : db.insert(alertChannels).values(values).returning().get();
  return ok({ before: existing ? toDTO(existing) : null, after: toDTO(saved) });
}

export function deleteChannel(id: number): ChannelDTO | undefined {
  const r = findRow(id);
  if (!r) return undefined;
  getDb().delete(alertChannels).where(eq(alertChannels.id, id)).run();
  return toDTO(r);
}

export function channelForSending(id: number): ChannelForSending | undefined {
  const r = findRow(id);
  if (!r) return undefined;
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    recipients: r.recipients
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
    url: r.urlEnc ? decryptSecret(r.urlEnc) : null,
    secret: r.secretEnc ? decryptSecret(r.secretEnc) : null,
    enabled: r.enabled,
  };
}
