// Runs last (file order): after the whole browser suite, neither the server's log output
// nor the database file holds the Ingram password, the subscription key or any issued token.
import fs from 'node:fs';
import path from 'node:path';
import { currentSecrets, expect, test } from './support/fixtures';
import { dataDir, databaseFile } from './support/env';

function filesToSearch(): string[] {
  const db = databaseFile();
  return [db, `${db}-wal`, path.join(dataDir(), 'server.log')].filter((f) => fs.existsSync(f));
}

test('no secret in the server log or the database file after the suite', async () => {
  const files = filesToSearch();
  expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['app.db', 'server.log']));
  const secrets = await currentSecrets();
  // The suite did talk to Ingram: without tokens to look for this test would prove little.
  expect(secrets.filter(([label]) => label === 'bearer token').length).toBeGreaterThan(0);
  const leaks: string[] = [];
  for (const file of files) {
    const content = fs.readFileSync(file).toString('latin1');
    for (const [label, value] of secrets) if (content.includes(value)) leaks.push(`${label} in ${path.basename(file)}`);
  }
  expect(leaks).toEqual([]);
});
