// The data folder is owner-only (0700) and the database with its WAL and SHM files 0600,
// like the generated key files, whatever the process umask would give.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db';
import { resetEnvCache } from '@/lib/env';
import { readOrCreateSecretFile } from '@/lib/secret-file';

const mode = (p: string) => fs.statSync(p).mode & 0o777;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ingram-cipp-modes-'));
let umask: number;
beforeAll(() => {
  umask = process.umask(0o022); // the usual default, which alone would give 0755 and 0644
});
afterAll(() => {
  process.umask(umask);
  fs.rmSync(root, { recursive: true, force: true });
});

describe('file modes', () => {
  it('creates the database folder 0700 and the database, WAL and SHM files 0600', () => {
    const file = path.join(root, 'db-data', 'app.db');
    const { sqlite } = openDatabase(file);
    sqlite.exec("create table if not exists t (x); insert into t values ('written')");
    expect(mode(path.dirname(file)).toString(8)).toBe('700');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f).toString(8), f).toBe('600');
    sqlite.close();
  });

  it('tightens an existing database file to 0600 when it is opened', () => {
    const file = path.join(root, 'old', 'app.db');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '', { mode: 0o644 });
    openDatabase(file).sqlite.close();
    expect(mode(file).toString(8)).toBe('600');
  });

  it('creates the data folder 0700 for the generated key files (0600)', () => {
    const prev = process.env.DATA_DIR;
    process.env.DATA_DIR = path.join(root, 'keys-data');
    resetEnvCache();
    try {
      readOrCreateSecretFile('test.secret', () => 'value');
      expect(mode(process.env.DATA_DIR).toString(8)).toBe('700');
      expect(mode(path.join(process.env.DATA_DIR, 'test.secret')).toString(8)).toBe('600');
    } finally {
      process.env.DATA_DIR = prev;
      resetEnvCache();
    }
  });
});
