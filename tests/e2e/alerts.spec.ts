// Issue 17: Settings > Alerts. An admin adds a signed webhook channel pointed at a receiver this
// test starts, presses Send test and sees it arrive; the URL and secret never reach the browser;
// a non-admin is refused the page.
import { randomUUID } from 'node:crypto';
import { verifySignature } from '../../lib/alerts/signature';
import { startHttpReceiver } from '../support/alert-receivers';
import { captureAction, expectRefused, replayAction } from './support/actions';
import { authFile } from './support/auth';
import { expect, test } from './support/fixtures';
import { bodyText } from './support/bodies';

test.describe.configure({ mode: 'serial' });

test.describe('admin', () => {
  test.use({ storageState: authFile('admin') });

  test('adds a webhook channel, presses Send test and sees success; the receiver gets one signed message', async ({ page }) => {
    const receiver = await startHttpReceiver();
    const token = `tok-${randomUUID()}`;
    const secret = `whsec-${randomUUID()}`;
    const name = `Ops hook ${randomUUID().slice(0, 8)}`;
    const bodies: Array<Promise<string>> = [];
    page.on('response', (res) => bodies.push(bodyText(res)));
    try {
      await page.goto('/settings/alerts');
      await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Add channel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add channel' });
      await dialog.getByLabel('Name').fill(name);
      await expect(dialog.getByRole('combobox', { name: 'Kind' })).toHaveText(/Generic JSON webhook/);
      // A bad URL is refused on its field.
      await dialog.getByLabel('Webhook URL').fill('http://example.com/hook');
      await dialog.getByLabel('Signing secret').fill(secret);
      await dialog.getByRole('button', { name: 'Add channel' }).click();
      await expect(dialog.getByText('Use https:// (plain http is allowed only for 127.0.0.1, localhost or ::1)')).toBeVisible();
      await dialog.getByLabel('Webhook URL').fill(`${receiver.url}/${token}`);
      await dialog.getByRole('button', { name: 'Add channel' }).click();
      await expect(page.getByTestId('channels-notice')).toContainText(`Added ${name}.`);

      const captured = await captureAction(page, () => page.getByRole('button', { name: `Send test to ${name}` }).click());
      const result = page.getByTestId('channel-test-result');
      await expect(result).toContainText(`Test sent to ${name} (status 200)`);
      expect(receiver.requests).toHaveLength(1);
      const { headers, body } = receiver.requests[0]!;
      expect(verifySignature(secret, { signature: headers['x-signature'] as string, timestamp: headers['x-signature-timestamp'] as string }, body)).toBe(true);
      expect(JSON.parse(body)).toMatchObject({ event: 'test', subject: `Test alert for channel ${name}` });

      // The same call from an editor, a readonly user or nobody is refused and sends nothing.
      expectRefused(await replayAction(captured, 'editor'));
      expectRefused(await replayAction(captured, 'readonly'));
      expectRefused(await replayAction(captured, 'anonymous'), 'UNAUTHENTICATED');
      expect(receiver.requests).toHaveLength(1);

      // The deliveries list shows the test as sent.
      const deliveries = page.getByRole('grid', { name: 'Alert deliveries' });
      await expect(deliveries.getByRole('row').filter({ hasText: name }).first()).toContainText('sent');

      // Write-only: after a reload the form says a URL is stored, and no response carried it or the secret.
      await page.reload();
      await page.getByRole('button', { name: `Edit ${name}` }).click();
      await expect(page.getByRole('dialog', { name: `Edit ${name}` }).getByLabel('Webhook URL')).toHaveValue('');
      const all = await Promise.all(bodies);
      expect(all.filter((b) => b.includes(token) || b.includes(secret))).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});

test.describe('non-admin', () => {
  test.use({ storageState: authFile('editor') });

  test('is refused the page and does not see it in the navigation', async ({ page }) => {
    await page.goto('/settings/alerts');
    await expect(page.getByText('Admins only')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add channel' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Alerts' })).toHaveCount(0);
  });
});
