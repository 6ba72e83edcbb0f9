import 'server-only';
// "Send test" for one channel: sent at once (not queued) with the stored settings, recorded in the
// deliveries list, and the outcome returned for the page to show.
import { channelForSending } from './channels';
import { recordTestDelivery } from './queue';
import { sendToChannel } from './send';
import type { AlertMessage, SendOutcome } from './types';

export async function sendChannelTest(channelId: number, sentBy: string, now = new Date()): Promise<{ channelName: string; outcome: SendOutcome } | undefined> {
  const channel = channelForSending(channelId);
  if (!channel) return undefined;
  const message: AlertMessage = {
    event: 'test',
    occurredAt: now.toISOString(),
    subject: `Test alert for channel ${channel.name}`,
    tenant: null,
    product: null,
    details: { 'Sent by': sentBy, Note: 'This is a test: the channel works.' },
    rule: null,
  };
  const outcome = await sendToChannel({ ...channel, enabled: true }, message, now);
  recordTestDelivery(channel.id, message, outcome, now);
  return { channelName: channel.name, outcome };
}
