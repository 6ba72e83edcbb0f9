import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './env';

/** Creates a folder (and missing parents) readable by this user only; an existing one is left as it is. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** Creates the file if missing and makes it (and SQLite's -wal and -shm beside it) 0600. */
export function restrictFile(file: string, companions: string[] = []): void {
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const f of [file, ...companions]) {
    try {
      fs.chmodSync(f, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * Reads a secret generated once into the data folder (mode 0600), creating it on
 * first use. Used where the operator set no value, so `npm start` needs no setup.
 */
export function readOrCreateSecretFile(name: string, generate: () => string): string {
  const dir = dataDir();
  const file = path.join(dir, name);
  ensurePrivateDir(dir);
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const value = generate();
  try {
    // 'wx' fails if another process created it first; then read theirs.
    fs.writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
    return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw error;
  }
}
