import fs from 'node:fs';

/** Debian's Chromium, or Playwright's own when it was installed; undefined when there is none. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  for (const candidate of candidates) if (fs.existsSync(candidate)) return candidate;
  return undefined; // Playwright then looks for its own download
}
