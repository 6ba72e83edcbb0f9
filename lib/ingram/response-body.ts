import 'server-only';
// Reads what Ingram (or a gateway in front of it) answered: JSON, HTML or plain text.

const MAX_MESSAGE = 300;

export type ReadBody = { kind: 'json'; value: unknown; text: string } | { kind: 'text'; text: string } | { kind: 'empty' };

export function readBody(text: string, contentType: string | null): ReadBody {
  if (!text.trim()) return { kind: 'empty' };
  const looksJson = /json/i.test(contentType ?? '') || /^\s*[[{]/.test(text);
  if (looksJson) {
    try {
      return { kind: 'json', value: JSON.parse(text), text };
    } catch {
      return { kind: 'text', text };
    }
  }
  return { kind: 'text', text };
}

/** The upstream's own words: `message` or `error` from JSON, else the first readable line. */
export function upstreamMessageOf(body: ReadBody): string | undefined {
  if (body.kind === 'empty') return undefined;
  if (body.kind === 'json') {
    const v = body.value as Record<string, unknown> | null;
    if (v && typeof v === 'object') {
      for (const key of ['message', 'error', 'error_description', 'detail'] as const) {
        const found = textOf(v[key]);
        if (found) return clip(found);
      }
    }
    return undefined;
  }
  return firstReadableLine(body.text);
}

export function correlationIdOf(body: ReadBody, headers: Headers): string | undefined {
  if (body.kind === 'json' && body.value && typeof body.value === 'object') {
    const v = body.value as Record<string, unknown>;
    const fromBody = v.correlationId ?? v.correlationID ?? v.correlation_id;
    if (typeof fromBody === 'string' && fromBody) return fromBody;
  }
  return headers.get('x-correlation-id') ?? undefined;
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (v && typeof v === 'object' && 'message' in v) return textOf((v as { message: unknown }).message);
  return undefined;
}

/** For HTML, the title (or first heading); otherwise the first non-empty line. */
export function firstReadableLine(text: string): string | undefined {
  if (/<html|<!doctype|<body|<head/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1];
    if (title?.trim()) return clip(decodeEntities(title.trim()));
    const stripped = text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, '\n');
    return firstLine(decodeEntities(stripped));
  }
  return firstLine(text);
}

function firstLine(text: string): string | undefined {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find(Boolean);
  return line ? clip(line) : undefined;
}

function clip(s: string): string {
  return s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE - 1)}…` : s;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
