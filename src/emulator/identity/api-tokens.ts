import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { exportJWK, SignJWT, type JWK } from 'jose';
import type { Db } from '../store/db.js';

/**
 * The emulator's stand-in for Entra ID's token issuance to *other* resources than Graph: a
 * user's access token for an app's own API (`api://<host>/<client id>/access_as_user`), signed
 * RS256 with a per-database key and published as a JWKS with an OpenID discovery document, the
 * way `login.microsoftonline.com/<tenant>/v2.0` does. A server validates these exactly as it
 * validates Entra ID's tokens; only the issuer differs.
 */

/** The emulator's tenant id (Teams answers carry it too). */
export const EMULATOR_TENANT_ID = '7f3e1c3a-9d1b-4f8e-a5c2-000000000001';

/** A delegated scope of another app: `<resource (App ID URI)>/<scope name>`. */
const SCOPE = /^(api:\/\/[^\s/]+(?:\/[^\s/]+)*)\/([A-Za-z0-9_.-]+)$/;

/** The signing key of one database, created on first use and kept across restarts. */
function signingKey(db: Db): { privateKey: KeyObject; kid: string } {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'api-signing-key'").get() as
    { value: string } | undefined;
  let pem = row?.value;
  if (!pem) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    db.prepare("INSERT INTO meta (key, value) VALUES ('api-signing-key', ?)").run(pem);
  }
  const privateKey = createPrivateKey(pem);
  // A stable key id from the public key, as Entra ID's kid names one key of its set.
  const kid = createPublicKey(privateKey)
    .export({ type: 'spki', format: 'der' })
    .subarray(-16)
    .toString('base64url');
  return { privateKey, kid };
}

/** The user a token is for. */
export interface TokenSubject {
  id: string;
  userPrincipalName: string;
  displayName?: string | undefined;
}

/** Issues and publishes the emulator's API tokens. */
export class ApiTokenIssuer {
  private signing: { privateKey: KeyObject; kid: string } | undefined;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Made on first use: an RSA key costs time every emulator start that never needs one. */
  private get key(): { privateKey: KeyObject; kid: string } {
    this.signing ??= signingKey(this.db);
    return this.signing;
  }

  /** `<origin>/_emulator/<tenant>/v2.0`, the counterpart of Entra ID's v2.0 issuer. */
  static issuer(origin: string): string {
    return `${origin}/_emulator/${EMULATOR_TENANT_ID}/v2.0`;
  }

  /** The OpenID discovery document of {@link issuer}. */
  static discovery(origin: string): Record<string, unknown> {
    return {
      issuer: ApiTokenIssuer.issuer(origin),
      jwks_uri: `${origin}/_emulator/discovery/v2.0/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint: `${origin}/_emulator/token`,
    };
  }

  /** The public keys (JWKS) tokens are verified against. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const jwk = await exportJWK(createPublicKey(this.key.privateKey));
    return { keys: [{ ...jwk, kid: this.key.kid, use: 'sig', alg: 'RS256' }] };
  }

  /**
   * A v2.0 access token of `subject` for `scope` requested by the app `clientId` (azp).
   * @returns undefined when the scope is not `<App ID URI>/<name>`.
   */
  async issue(
    origin: string,
    subject: TokenSubject,
    scope: string,
    clientId: string,
    lifetimeSeconds: number,
  ): Promise<string | undefined> {
    const match = SCOPE.exec(scope);
    if (!match) return undefined;
    const [, resource, name] = match as unknown as [string, string, string];
    const iat = Math.floor(this.now() / 1000);
    return new SignJWT({
      tid: EMULATOR_TENANT_ID,
      oid: subject.id,
      preferred_username: subject.userPrincipalName,
      ...(subject.displayName ? { name: subject.displayName } : {}),
      scp: name,
      azp: clientId,
      ver: '2.0',
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.key.kid })
      .setIssuer(ApiTokenIssuer.issuer(origin))
      .setAudience(resource)
      .setSubject(subject.id)
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(iat + lifetimeSeconds)
      .sign(this.key.privateKey);
  }
}
