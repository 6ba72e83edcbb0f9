'use client';
// Light or dark, without MUI's context: the mode is MUI's own (the `mui-mode` key and the class on
// <html> that InitColorSchemeScript reads and the theme's CSS variables follow), so MUI components on
// the page switch too: a mounted ThemeProvider hears the change through the `storage` event it listens to.
import { useEffect, useState } from 'react';

const KEY = 'mui-mode';
type Mode = 'light' | 'dark';

function effectiveMode(): Mode {
  const stored = localStorage.getItem(KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function ColorModeToggle({ className }: { className?: string }) {
  // Unknown until mounted (the server cannot see the browser's choice), as with MUI's useColorScheme.
  const [mode, setMode] = useState<Mode | null>(null);
  useEffect(() => {
    const sync = () => setMode(effectiveMode());
    sync();
    window.addEventListener('storage', sync);
    return () => window.removeEventListener('storage', sync);
  }, []);
  const next: Mode = mode === 'dark' ? 'light' : 'dark';
  const toggle = () => {
    localStorage.setItem(KEY, next);
    document.documentElement.classList.remove('light', 'dark');
    document.documentElement.classList.add(next);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: next }));
  };
  return (
    <button type="button" className={className} title={`Switch to ${next} mode`} aria-label={`Switch to ${next} mode`} onClick={toggle}>
      <svg width="24" height="24" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
        <path d={mode === 'dark' ? SUN : MOON} />
      </svg>
    </button>
  );
}

const MOON = 'M12 3c-4.97 0-9 4.03-9 9s4.03 9 9 9 9-4.03 9-9c0-.46-.04-.92-.1-1.36-.98 1.37-2.58 2.26-4.4 2.26-2.98 0-5.4-2.42-5.4-5.4 0-1.81.89-3.42 2.26-4.4-.44-.06-.9-.1-1.36-.1';
const SUN =
  'M12 7c-2.76 0-5 2.24-5 5s2.24 5 5 5 5-2.24 5-5-2.24-5-5-5M2 13h2c.55 0 1-.45 1-1s-.45-1-1-1H2c-.55 0-1 .45-1 1s.45 1 1 1m18 0h2c.55 0 1-.45 1-1s-.45-1-1-1h-2c-.55 0-1 .45-1 1s.45 1 1 1M11 2v2c0 .55.45 1 1 1s1-.45 1-1V2c0-.55-.45-1-1-1s-1 .45-1 1m0 18v2c0 .55.45 1 1 1s1-.45 1-1v-2c0-.55-.45-1-1-1s-1 .45-1 1M5.99 4.58c-.39-.39-1.03-.39-1.41 0-.39.39-.39 1.03 0 1.41l1.06 1.06c.39.39 1.03.39 1.41 0s.39-1.03 0-1.41zm12.37 12.37c-.39-.39-1.03-.39-1.41 0-.39.39-.39 1.03 0 1.41l1.06 1.06c.39.39 1.03.39 1.41 0 .39-.39.39-1.03 0-1.41zm1.06-10.96c.39-.39.39-1.03 0-1.41-.39-.39-1.03-.39-1.41 0l-1.06 1.06c-.39.39-.39 1.03 0 1.41s1.03.39 1.41 0zM7.05 18.36c.39-.39.39-1.03 0-1.41-.39-.39-1.03-.39-1.41 0l-1.06 1.06c-.39.39-.39 1.03 0 1.41s1.03.39 1.41 0z';
