import 'server-only';
import bcrypt from 'bcryptjs';

const ROUNDS = 12;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, ROUNDS);
}

export function verifyPassword(plain: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a fixed hash when the user is unknown so timing does not reveal it.
  return bcrypt.compare(plain, hash ?? '$2b$12$C6UzMDM.H6dfI/f/IKcEeO7y0Yh6n1QwP0ZoFzQW6s0h2x1u0aNyO');
}
