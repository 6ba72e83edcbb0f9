// Each test file gets its own throwaway data folder (database, keys), never ./data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingram-cipp-test-'));
process.env.DATA_DIR = dir;
process.env.DATABASE_FILE = path.join(dir, 'app.db');
delete process.env.APP_ENCRYPTION_KEY;
delete process.env.APP_ENCRYPTION_KEY_PREVIOUS;
