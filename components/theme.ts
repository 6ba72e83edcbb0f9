'use client';
import { createTheme } from '@mui/material/styles';

// CIPP's look: a dense dashboard, a dark navigation rail, orange accent, light and dark modes.
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: { palette: { primary: { main: '#e0641a' }, secondary: { main: '#1c2536' }, background: { default: '#f6f7f9' } } },
    dark: { palette: { primary: { main: '#f7923a' }, secondary: { main: '#9da4ae' }, background: { default: '#0e1320', paper: '#161c2b' } } },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'Inter, "Segoe UI", Roboto, Helvetica, Arial, sans-serif', fontSize: 14, button: { textTransform: 'none', fontWeight: 600 } },
  components: {
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiTextField: { defaultProps: { size: 'small' } },
  },
});
