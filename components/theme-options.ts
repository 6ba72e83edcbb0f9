import type { ThemeOptions } from '@mui/material/styles';

// CIPP's look: a dense dashboard, a dark navigation rail, orange accent, light and dark modes.
// The brand orange stays an accent (on the dark rail); text and buttons in light mode use a darker
// orange that reaches WCAG AA (5.4:1 on white, 5:1 on the page background; the brand's is 3.5:1).
// Shared by the browser's theme (theme.ts) and the dashboard's static stylesheet (theme-css.ts, theme-variables.css).
export const BRAND_ORANGE = '#e0641a';
export const themeOptions = {
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: { palette: { primary: { main: '#b24a0c' }, secondary: { main: '#1c2536' }, background: { default: '#f6f7f9' } } },
    dark: { palette: { primary: { main: '#f7923a' }, secondary: { main: '#9da4ae' }, background: { default: '#0e1320', paper: '#161c2b' } } },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'Inter, "Segoe UI", Roboto, Helvetica, Arial, sans-serif', fontSize: 14, button: { textTransform: 'none', fontWeight: 600 } },
  components: {
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiTextField: { defaultProps: { size: 'small' } },
  },
} satisfies ThemeOptions & { cssVariables: { colorSchemeSelector: 'class' } };
