// Authentication as the gateway does it: the subscription key first, then Basic or Bearer.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Credentials } from './config';
import { ApiError } from './http';

type Token = { expiresAt: number; revoked: boolean };

// Azure API Management answers a bad key in its own shape, not the API's error shape.
const keyError = () =>
  new ApiError(401, 'Access denied due to invalid subscription key.', {
    statusCode: 401,
    message: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
  });

export class TokenBook {
  private tokens = new Map<string, Token>();

  constructor(private credentials: () => Credentials) {}

  checkKey(req: IncomingMessage): void {
    if (req.headers['x-subscription-key'] !== this.credentials().subscriptionKey) throw keyError();
  }

  // POST /token: Basic credentials, the key, and the marketplace this account belongs to.
  issue(req: IncomingMessage, body: unknown, now: number, ttlSeconds: number): { token: string; expiresInSeconds: number } {
    this.checkKey(req);
    const creds = this.credentials();
    const header = req.headers.authorization ?? '';
    const decoded = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8') : '';
    const split = decoded.indexOf(':');
    if (split < 0 || decoded.slice(0, split) !== creds.username || decoded.slice(split + 1) !== creds.password) {
      throw new ApiError(401, 'Invalid API username or password.');
    }
    const marketplace = (body as { marketplace?: unknown } | undefined)?.marketplace;
    if (typeof marketplace !== 'string' || marketplace === '') throw new ApiError(400, 'marketplace is required, for example {"marketplace": "us"}.');
    if (marketplace !== creds.marketplace) {
      throw new ApiError(403, `The marketplace '${marketplace}' is not available for this reseller; this account belongs to '${creds.marketplace}'.`);
    }
    const token = `sbx.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, { expiresAt: now + ttlSeconds * 1000, revoked: false });
    return { token, expiresInSeconds: ttlSeconds };
  }

  bearerOf(req: IncomingMessage): string | undefined {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  }

  // Every call other than /token: the key, then a live bearer token.
  check(req: IncomingMessage, now: number): void {
    this.checkKey(req);
    const bearer = this.bearerOf(req);
    const token = bearer ? this.tokens.get(bearer) : undefined;
    if (!token) throw new ApiError(401, 'Unauthorized: a valid bearer token is required.');
    if (token.revoked) throw new ApiError(401, 'Unauthorized: the token has been revoked.');
    if (now >= token.expiresAt) throw new ApiError(401, 'Unauthorized: the token has expired.');
  }

  /** Every token issued since start, for tests that search for leaked tokens. */
  issued(): string[] {
    return [...this.tokens.keys()];
  }

  revoke(req: IncomingMessage): void {
    const bearer = this.bearerOf(req);
    const token = bearer ? this.tokens.get(bearer) : undefined;
    if (token) token.revoked = true;
  }
}
