import 'server-only';
// Sends one message on one channel: email through nodemailer, webhooks with fetch. Never throws:
// the outcome says whether it arrived, the HTTP status and a readable error (no secret in it).
import nodemailer from 'nodemailer';
import type { ChannelForSending } from './channels';
import { emailSubject, emailText, slackBody, teamsBody, webhookBody } from './format';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signBody } from './signature';
import { smtpConfigForSending } from './smtp-settings';
import type { AlertMessage, SendOutcome } from './types';

const TIMEOUT_MS = 15_000;

async function sendEmail(channel: ChannelForSending, m: AlertMessage): Promise<SendOutcome> {
  const smtp = smtpConfigForSending();
  if (!smtp) return { ok: false, error: 'Email is not set up: enter the SMTP host and sender under Settings > Alerts.' };
  if (!channel.recipients.length) return { ok: false, error: 'The channel has no recipients.' };
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.tlsMode === 'tls',
    requireTLS: smtp.tlsMode === 'starttls',
    ignoreTLS: smtp.tlsMode === 'none',
    auth: smtp.username ? { user: smtp.username, pass: smtp.password } : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    await transport.sendMail({ from: smtp.fromAddress, to: channel.recipients, subject: emailSubject(m), text: emailText(m) });
    return { ok: true };
  } catch (error) {
    const e = error as Error & { responseCode?: number };
    return { ok: false, status: e.responseCode, error: `SMTP: ${e.message}`.slice(0, 1000) };
  } finally {
    transport.close();
  }
}

/** Host and path only: a webhook URL can carry its token in the path or query, so errors show less. */
function where(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the webhook';
  }
}

async function postJson(url: string, body: string, headers: Record<string, string>): Promise<SendOutcome> {
  try {
    const res = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers }, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (res.ok) return { ok: true, status: res.status };
    const text = (await res.text().catch(() => '')).slice(0, 300);
    return { ok: false, status: res.status, error: `${where(url)} answered HTTP ${res.status}${text ? `: ${text}` : ''}` };
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message;
    return { ok: false, error: `Could not reach ${where(url)}: ${(error as Error).message}${cause ? ` (${cause})` : ''}` };
  }
}

export async function sendToChannel(channel: ChannelForSending, m: AlertMessage, now = new Date()): Promise<SendOutcome> {
  if (channel.kind === 'email') return sendEmail(channel, m);
  if (!channel.url) return { ok: false, error: 'The channel has no URL: edit it and enter one.' };
  if (channel.kind === 'teams') return postJson(channel.url, JSON.stringify(teamsBody(m)), {});
  if (channel.kind === 'slack') return postJson(channel.url, JSON.stringify(slackBody(m)), {});
  if (!channel.secret) return { ok: false, error: 'The channel has no signing secret: edit it and enter one.' };
  const body = webhookBody(m);
  const timestamp = Math.floor(now.getTime() / 1000);
  return postJson(channel.url, body, { [SIGNATURE_HEADER]: signBody(channel.secret, timestamp, body), [TIMESTAMP_HEADER]: String(timestamp) });
}
