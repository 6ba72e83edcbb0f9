// How a message reads on each channel: email text, Teams and Slack markdown, and the generic JSON body.
import type { AlertMessage } from './types';

function detailLines(m: AlertMessage): string[] {
  const lines = [m.tenant ? `Tenant: ${m.tenant.name ?? m.tenant.id} (${m.tenant.id})` : null, m.product ? `Product: ${m.product}` : null];
  for (const [k, v] of Object.entries(m.details)) if (v !== null && v !== '') lines.push(`${k}: ${v}`);
  lines.push(`Occurred: ${m.occurredAt}`);
  return lines.filter((l): l is string => !!l);
}

function itemsOf(m: AlertMessage): AlertMessage[] {
  return m.items ?? [m];
}

export function emailSubject(m: AlertMessage): string {
  return m.event === 'digest' ? `[Alerts] Daily digest: ${m.items?.length ?? 0} events` : `[Alerts] ${m.subject}`;
}

export function emailText(m: AlertMessage): string {
  const blocks = itemsOf(m).map((i) => [i.subject, ...detailLines(i).map((l) => `  ${l}`), i.rule ? `  Rule: ${i.rule.name}` : null].filter(Boolean).join('\n'));
  return [m.event === 'digest' ? m.subject : null, ...blocks].filter(Boolean).join('\n\n') + '\n';
}

/** Markdown both Teams and Slack render (Slack's mrkdwn bolds with single asterisks). */
function markdown(m: AlertMessage, bold: (s: string) => string): string {
  const head = m.event === 'digest' ? `${bold(m.subject)}\n\n` : '';
  return (
    head +
    itemsOf(m)
      .map((i) => [bold(i.subject), ...detailLines(i).map((l) => `• ${l}`)].join('\n'))
      .join('\n\n')
  );
}

export function teamsBody(m: AlertMessage): unknown {
  return { text: markdown(m, (s) => `**${s}**`).replace(/\n/g, '\n\n') };
}

export function slackBody(m: AlertMessage): unknown {
  return { text: markdown(m, (s) => `*${s}*`), mrkdwn: true };
}

/** The generic webhook's JSON: {event, occurredAt, tenant, product, subject, details, rule, items?}. */
export function webhookBody(m: AlertMessage): string {
  return JSON.stringify(m);
}
