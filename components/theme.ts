'use client';
import { createTheme } from '@mui/material/styles';
import { themeOptions } from './theme-options';

export { BRAND_ORANGE } from './theme-options';
export const theme = createTheme(themeOptions);
