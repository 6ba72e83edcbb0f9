// The running app's database, with its WAL and SHM files, is readable by the owner only,
// like the generated key files (the server opened it: these are the modes it left).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { dataDir } from './support/env';

test('the database, WAL and SHM files are 0600', async ({ request }) => {
  // A request that writes (an audit row) so the WAL and SHM files exist.
  await request.get('/api/orders/1');
  for (const name of ['app.db', 'app.db-wal', 'app.db-shm']) {
    const file = path.join(dataDir(), name);
    expect(fs.existsSync(file), `${name} exists`).toBe(true);
    expect((fs.statSync(file).mode & 0o777).toString(8), name).toBe('600');
  }
});
