// One saved login per role: the suites open pages as whichever role they need.
import fs from 'node:fs';
import { chromium, type FullConfig } from '@playwright/test';
import { authFile, roles, signInAs } from './support/auth';

export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0]!.use;
  fs.mkdirSync('test-results/.auth', { recursive: true });
  const browser = await chromium.launch(launchOptions);
  try {
    for (const role of roles) {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await signInAs(page, role);
      await context.storageState({ path: authFile(role) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
