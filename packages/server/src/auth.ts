import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/** What the server knows about the person making a request. */
export interface User {
  /** The OpenID subject (stable id). */
  sub: string;
  /** Display name, as announced to colleagues ("Sam Patel changed this statement"). */
  name: string;
  /** Teams whose cases and boards this person may see. */
  teams: string[];
  /** May read records marked `restricted` / `third-party`. */
  restricted: boolean;
  thirdParty: boolean;
}

export interface OidcConfig {
  issuer: string;
  audience: string;
  /** Where the provider publishes its keys; discovered from the issuer when not given. */
  jwksUrl?: string;
  /** Claim listing the user's teams (Entra ID: "groups"; default "teams"). */
  teamsClaim: string;
  /** Claim listing the user's roles (Entra ID app roles: "roles"). */
  rolesClaim: string;
  /** Role values granting the two confidential levels. */
  restrictedRole: string;
  thirdPartyRole: string;
}

/**
 * The demo users of development mode. Development mode starts only on a loopback address and only when asked for
 * (OPENCASEWORK_DEV_USERS=1); a request names its user with `Authorization: Bearer dev:<id>`.
 */
export const DEMO_USERS: Record<string, User> = {
  sam: { sub: 'dev:sam', name: 'Sam Patel', teams: ['north'], restricted: true, thirdParty: false },
  alex: { sub: 'dev:alex', name: 'Alex Morgan', teams: ['north'], restricted: true, thirdParty: true },
  jo: { sub: 'dev:jo', name: 'Jo Evans', teams: ['north'], restricted: false, thirdParty: false },
  priya: { sub: 'dev:priya', name: 'Priya Shah', teams: [], restricted: false, thirdParty: false },
  chris: { sub: 'dev:chris', name: 'Chris Lee', teams: ['south'], restricted: true, thirdParty: true },
};

export type Authenticator = (authorization: string | undefined) => Promise<User | undefined>;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

export function userFromClaims(p: JWTPayload, c: OidcConfig): User | undefined {
  if (!p.sub) return undefined;
  const roles = strings(p[c.rolesClaim]);
  const name = [p.name, p.preferred_username, p.email, p.sub].find((x): x is string => typeof x === 'string' && x.length > 0)!;
  return {
    sub: p.sub,
    name,
    teams: strings(p[c.teamsClaim]),
    restricted: roles.includes(c.restrictedRole),
    thirdParty: roles.includes(c.thirdPartyRole),
  };
}

async function discoverJwks(issuer: string): Promise<string> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!res.ok) throw new Error(`OpenID discovery failed for ${issuer} (HTTP ${res.status})`);
  const meta = (await res.json()) as { jwks_uri?: unknown; issuer?: unknown };
  if (typeof meta.jwks_uri !== 'string') throw new Error(`OpenID discovery for ${issuer} names no jwks_uri`);
  return meta.jwks_uri;
}

/** Bearer tokens verified against the provider's JWKS: signature, issuer, audience, expiry (60 s clock tolerance). */
export function oidcAuthenticator(c: OidcConfig): Authenticator {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const getKeys = () =>
    (keys ??= (c.jwksUrl ? Promise.resolve(c.jwksUrl) : discoverJwks(c.issuer))
      .then((u) => createRemoteJWKSet(new URL(u)))
      .catch((err) => {
        keys = undefined;
        throw err;
      }));
  return async (authorization) => {
    const m = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '');
    if (!m) return undefined;
    try {
      const { payload } = await jwtVerify(m[1]!, await getKeys(), {
        issuer: c.issuer,
        audience: c.audience,
        clockTolerance: 60,
        algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'],
      });
      return userFromClaims(payload, c);
    } catch {
      return undefined;
    }
  };
}

export const devAuthenticator: Authenticator = async (authorization) => {
  const m = /^Bearer dev:([a-z]+)$/.exec(authorization ?? '');
  return m ? DEMO_USERS[m[1]!] : undefined;
};

export const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
