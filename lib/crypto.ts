import 'server-only';
// Encryption of secrets at rest: AES-256-GCM, a random IV per value, the key id beside it.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { readOrCreateSecretFile } from './secret-file';
import { env } from './env';

const FORMAT = 'v1';

export class EncryptionKeyError extends Error {
  readonly setting = 'APP_ENCRYPTION_KEY';
  constructor(message: string) {
    super(message);
    this.name = 'EncryptionKeyError';
  }
}

type Key = { id: string; bytes: Buffer };

function parseKey(base64: string, source: string): Key {
  const bytes = Buffer.from(base64.trim(), 'base64');
  if (bytes.length !== 32) {
    throw new EncryptionKeyError(`${source} must be 32 bytes encoded as base64 (got ${bytes.length} bytes). ` + 'Generate one with: openssl rand -base64 32');
  }
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 8), bytes };
}

let current: Key | undefined;

/** The key secrets are encrypted with: APP_ENCRYPTION_KEY, or one generated once into the data folder. */
function currentKey(): Key {
  if (!current) {
    const fromEnv = env().APP_ENCRYPTION_KEY;
    current = fromEnv
      ? parseKey(fromEnv, 'APP_ENCRYPTION_KEY')
      : parseKey(
          readOrCreateSecretFile('encryption.key', () => randomBytes(32).toString('base64')),
          'The key file data/encryption.key',
        );
  }
  return current;
}

function keyById(id: string): Key | undefined {
  const now = currentKey();
  if (now.id === id) return now;
  const previous = env().APP_ENCRYPTION_KEY_PREVIOUS;
  if (previous) {
    const old = parseKey(previous, 'APP_ENCRYPTION_KEY_PREVIOUS');
    if (old.id === id) return old;
  }
  return undefined;
}

export function encryptSecret(plain: string): string {
  const key = currentKey();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [FORMAT, key.id, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
}

// The settings and the token cache are decrypted before every Ingram call: a value's ciphertext
// (random IV each time it is written) always decrypts to the same text, so the result is kept.
const decrypted = new Map<string, string>();
const DECRYPTED_MAX = 32;

export function decryptSecret(stored: string): string {
  const known = decrypted.get(stored);
  if (known !== undefined) return known;
  const plain = decryptUncached(stored);
  if (decrypted.size >= DECRYPTED_MAX) decrypted.delete(decrypted.keys().next().value!);
  decrypted.set(stored, plain);
  return plain;
}

function decryptUncached(stored: string): string {
  const [format, keyId, iv, tag, data] = stored.split(':');
  if (format !== FORMAT || !keyId || !iv || !tag || data === undefined) {
    throw new EncryptionKeyError('A stored secret is not in the expected format; enter it again in the settings.');
  }
  const key = keyById(keyId);
  if (!key) {
    throw new EncryptionKeyError(
      `A stored secret was encrypted with key ${keyId}, but the configured key is ${currentKey().id}. ` +
        'Set APP_ENCRYPTION_KEY to the key it was encrypted with (or APP_ENCRYPTION_KEY_PREVIOUS while rotating), or enter the secret again.',
    );
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new EncryptionKeyError(`A stored secret could not be decrypted with key ${keyId}: it was altered or APP_ENCRYPTION_KEY is wrong. Enter the secret again.`);
  }
}

/** The id of the key a stored value was encrypted with (for rotation). */
export function keyIdOf(stored: string): string | undefined {
  return stored.split(':')[1];
}

/** Test hook: forget the loaded key so a changed environment is read again. */
export function resetKeyCache(): void {
  current = undefined;
  decrypted.clear();
}
