import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../http/types.js';

interface TokenPayload {
  sub?: string;
  app?: string;
  roles?: string[];
  exp: number;
}

/** Token lifetime, like Entra ID's default access token (about an hour). */
export const TOKEN_LIFETIME_SECONDS = 3600;

/**
 * Signed bearer tokens: `emu.<payload>.<hmac>` with a per-database secret, so tokens survive an
 * emulator restart on the same database and are refused by another one.
 */
export class TokenService {
  constructor(
    private readonly secret: Buffer,
    private readonly now: () => number = () => Date.now(),
  ) {}

  issue(principal: Principal, lifetimeSeconds = TOKEN_LIFETIME_SECONDS): string {
    const exp = Math.floor(this.now() / 1000) + lifetimeSeconds;
    const payload: TokenPayload =
      principal.kind === 'user' ? { sub: principal.userId, exp } : { app: principal.clientId, roles: principal.roles, exp };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `emu.${body}.${this.sign(body)}`;
  }

  /** The principal of a valid token, or undefined for malformed, forged or expired ones. */
  verify(token: string): Principal | undefined {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== 'emu') return undefined;
    const [, body, sig] = parts as [string, string, string];
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let payload: TokenPayload;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
    } catch {
      return undefined;
    }
    if (typeof payload.exp !== 'number' || payload.exp * 1000 <= this.now()) return undefined;
    if (typeof payload.sub === 'string') return { kind: 'user', userId: payload.sub };
    if (typeof payload.app === 'string') return { kind: 'app', clientId: payload.app, roles: payload.roles ?? [] };
    return undefined;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
