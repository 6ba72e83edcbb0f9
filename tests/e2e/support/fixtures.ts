// The browser suite's `test`: every response the browser receives in every test is
// searched for the Ingram API password, the subscription key and any issued token.
import { test as base, expect, type Response } from '@playwright/test';
import { sandbox } from './env';

export const demoSecrets = { password: 'Sbx-Pass-7f3a9c2e41d8', subscriptionKey: '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10' };

export async function currentSecrets(): Promise<Array<[string, string]>> {
  const { tokens } = (await sandbox('/_sandbox/state/tokens')) as { tokens: string[] };
  return [['API password', demoSecrets.password], ['subscription key', demoSecrets.subscriptionKey], ...tokens.map((t) => ['bearer token', t] as [string, string])];
}

export const test = base.extend<{ secretScan: void }>({
  secretScan: [
    async ({ page }, use) => {
      const bodies: Array<Promise<{ url: string; body: string } | undefined>> = [];
      // A body still streaming when the test ends (an open RSC stream) is given a moment, then skipped.
      const collect = (res: Response) =>
        bodies.push(
          Promise.race([
            res.body().then(
              (b) => ({ url: res.url(), body: b.toString('utf8') }),
              () => undefined,
            ),
            new Promise<undefined>((resolve) => setTimeout(resolve, 3000)),
          ]),
        );
      page.on('response', collect);
      await use();
      page.off('response', collect);
      const secrets = await currentSecrets();
      const leaks: string[] = [];
      for (const item of await Promise.all(bodies)) {
        if (!item) continue;
        for (const [label, value] of secrets) if (item.body.includes(value)) leaks.push(`${label} in ${item.url}`);
      }
      expect(leaks, 'secrets found in responses the browser received').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
