// A signed-in Chromium for the browser-level figures, and the session cookie for HTTP-level ones.
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { findChromium } from '../../scripts/lib/chromium';

export type Session = { browser: Browser; storageState: Awaited<ReturnType<BrowserContext['storageState']>>; cookie: string; newContext(): Promise<BrowserContext> };

export async function signIn(appOrigin: string, email: string, password: string): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ baseURL: appOrigin, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 60_000 });
  const storageState = await context.storageState();
  await context.close();
  const cookie = storageState.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return {
    browser,
    storageState,
    cookie,
    newContext: () => browser.newContext({ baseURL: appOrigin, storageState, viewport: { width: 1440, height: 900 } }),
  };
}
