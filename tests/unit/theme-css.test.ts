// The dashboard's static theme stylesheet follows the theme: a colour changed in theme-options.ts
// without `npm run theme-css` would leave the plain-CSS shell and pages in the old colours.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeCss } from '@/components/theme-css';
import { ROOT } from '../support/boundary-scan';

describe('components/theme-variables.css', () => {
  it('is what the theme generates (run `npm run theme-css` after changing the theme)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'components/theme-variables.css'), 'utf8')).toBe(themeCss());
  });

  it('carries both colour schemes and the variables the plain-CSS parts use', () => {
    const css = themeCss();
    expect(css).toMatch(/^\.dark \{$/m);
    expect(css).toContain('--mui-palette-primary-main: #b24a0c;');
    expect(css).toContain('--mui-palette-primary-main: #f7923a;');
    for (const name of ['--mui-palette-background-paper', '--mui-palette-divider', '--mui-palette-Alert-infoStandardBg', '--mui-shadows-8']) expect(css).toContain(`${name}:`);
  });
});
