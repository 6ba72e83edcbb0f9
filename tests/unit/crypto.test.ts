import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, EncryptionKeyError, keyIdOf, resetKeyCache } from '@/lib/crypto';
import { resetEnvCache } from '@/lib/env';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');

function useKey(key: string | undefined, previous?: string) {
  if (key === undefined) delete process.env.APP_ENCRYPTION_KEY;
  else process.env.APP_ENCRYPTION_KEY = key;
  if (previous === undefined) delete process.env.APP_ENCRYPTION_KEY_PREVIOUS;
  else process.env.APP_ENCRYPTION_KEY_PREVIOUS = previous;
  resetEnvCache();
  resetKeyCache();
}

describe('secrets at rest', () => {
  beforeEach(() => useKey(keyA));
  afterEach(() => useKey(undefined));

  it('decrypts what it encrypted, and never stores the plaintext', () => {
    const plain = 'Sbx-Pass-7f3a9c2e41d8 ünïcode ✓';
    const stored = encryptSecret(plain);
    expect(stored).not.toContain(plain);
    expect(stored).not.toContain(Buffer.from(plain).toString('base64'));
    expect(decryptSecret(stored)).toBe(plain);
  });

  it('uses a fresh IV each time, so equal secrets do not look equal', () => {
    expect(encryptSecret('same')).not.toBe(encryptSecret('same'));
  });

  it('with another key, refuses clearly and names APP_ENCRYPTION_KEY', () => {
    const stored = encryptSecret('secret-value');
    useKey(keyB);
    expect(() => decryptSecret(stored)).toThrow(EncryptionKeyError);
    expect(() => decryptSecret(stored)).toThrow(/APP_ENCRYPTION_KEY/);
  });

  it('still reads a value written with the previous key while rotating', () => {
    const stored = encryptSecret('rotated');
    useKey(keyB, keyA);
    expect(decryptSecret(stored)).toBe('rotated');
    expect(keyIdOf(encryptSecret('x'))).not.toBe(keyIdOf(stored));
  });

  it('detects a tampered ciphertext instead of returning garbage', () => {
    const stored = encryptSecret('do-not-alter-me');
    const parts = stored.split(':');
    const data = Buffer.from(parts[4]!, 'base64');
    data[0] = data[0]! ^ 0x01;
    parts[4] = data.toString('base64');
    expect(() => decryptSecret(parts.join(':'))).toThrow(/altered or APP_ENCRYPTION_KEY is wrong/);
  });

  it('detects a tampered authentication tag', () => {
    const parts = encryptSecret('tag-check').split(':');
    const tag = Buffer.from(parts[3]!, 'base64');
    tag[tag.length - 1] = tag[tag.length - 1]! ^ 0xff;
    parts[3] = tag.toString('base64');
    expect(() => decryptSecret(parts.join(':'))).toThrow(EncryptionKeyError);
  });

  it('refuses a key of the wrong length, naming the setting and how to make one', () => {
    useKey(Buffer.from('too short').toString('base64'));
    expect(() => encryptSecret('x')).toThrow(/APP_ENCRYPTION_KEY must be 32 bytes.*openssl rand -base64 32/);
  });

  it('without APP_ENCRYPTION_KEY, generates a key once into the data folder and keeps using it', () => {
    useKey(undefined);
    const stored = encryptSecret('file-key');
    resetKeyCache();
    expect(decryptSecret(stored)).toBe('file-key');
  });
});
