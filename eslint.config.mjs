// ESLint flat config: Next.js core-web-vitals, typescript-eslint and Drizzle's where-guards.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

// The names a Drizzle client goes by here: db/index.ts's getDb(), local `db`, transactions `tx`.
const drizzleObjectName = ['db', 'tx', 'getDb'];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName }],
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // First-load JavaScript (issue 20): one file per MUI component or icon, and never the XLSX writer in browser code.
    files: ['app/**/*.tsx', 'components/**/*.tsx', 'components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@mui/material', message: "Import each component from its own file: '@mui/material/Button'." },
            { name: '@mui/icons-material', message: "Import each icon from its own file: '@mui/icons-material/Search'." },
            { name: 'exceljs', message: 'XLSX files are written on the server (lib/inventory/export.ts).' },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next*/**', 'node_modules/**', 'data/**', 'test-results*/**', 'playwright-report/**', 'bench-results/**', 'tmp/**', 'lib/ingram/generated/**', 'db/migrations/**', 'next-env.d.ts']),
]);
