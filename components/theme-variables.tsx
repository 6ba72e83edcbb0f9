import 'server-only';
import { createTheme } from '@mui/material/styles';
import { themeOptions } from './theme-options';

// The theme's CSS variables (both colour schemes) as one static stylesheet, made once per process: the
// dashboard's plain-CSS parts (shell, tiles, notices, tables) use them on pages that load no MUI, and
// pages with MUI skip generating them again in the browser (ThemeProvider's disableStyleSheetGeneration).
const kebab = (prop: string) => (prop.startsWith('--') ? prop : prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
const theme = createTheme(themeOptions);
const body = theme.typography.body1;
// MUI's CssBaseline, as static CSS.
const baseline = [
  'html{-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale;box-sizing:border-box;-webkit-text-size-adjust:100%}',
  '*,*::before,*::after{box-sizing:inherit}',
  'strong,b{font-weight:700}',
  `body{margin:0;color:var(--mui-palette-text-primary);background-color:var(--mui-palette-background-default);font-family:${body.fontFamily};font-weight:${body.fontWeight};font-size:${body.fontSize};line-height:${body.lineHeight};letter-spacing:${body.letterSpacing}}`,
  '@media print{body{background-color:#fff}}',
];
const css = theme
  .generateStyleSheets()
  .flatMap((sheet) => Object.entries(sheet as Record<string, Record<string, string | number>>))
  .map(
    ([selector, props]) =>
      `${selector}{${Object.entries(props)
        .map(([p, v]) => `${kebab(p)}:${v}`)
        .join(';')}}`,
  )
  .concat(baseline)
  .join('\n');

export function ThemeVariables({ nonce }: { nonce: string | undefined }) {
  return <style nonce={nonce} data-theme-variables="" dangerouslySetInnerHTML={{ __html: css }} />;
}
