import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { DEMO_USERS, LOOPBACK, devAuthenticator, oidcAuthenticator, type Authenticator, type OidcConfig } from './auth.js';
import { createPool, migrate, type Pool } from './db.js';

export interface ServerConfig {
  databaseUrl: string;
  host: string;
  port: number;
  /** Development mode with demo users (refused unless the host is a loopback address). */
  devUsers: boolean;
  oidc?: OidcConfig;
  corsOrigins: string[];
  poolSize: number;
}

/** Reads the configuration from the environment (see docs/server.md). Throws with a plain message when it is unusable. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL ?? '';
  if (!databaseUrl) throw new Error('Set DATABASE_URL (postgres://user@host:port/database).');
  const host = env.HOST ?? '127.0.0.1';
  const port = Number(env.PORT ?? 8787);
  const devUsers = env.OPENCASEWORK_DEV_USERS === '1';
  const issuer = env.OIDC_ISSUER;
  const oidc: OidcConfig | undefined = issuer
    ? {
        issuer,
        audience: env.OIDC_AUDIENCE ?? '',
        ...(env.OIDC_JWKS_URL ? { jwksUrl: env.OIDC_JWKS_URL } : {}),
        teamsClaim: env.OIDC_TEAMS_CLAIM ?? 'teams',
        rolesClaim: env.OIDC_ROLES_CLAIM ?? 'roles',
        restrictedRole: env.OIDC_RESTRICTED_ROLE ?? 'opencasework.restricted',
        thirdPartyRole: env.OIDC_THIRD_PARTY_ROLE ?? 'opencasework.third-party',
      }
    : undefined;
  if (oidc && !oidc.audience) throw new Error('Set OIDC_AUDIENCE (the client id or API audience your provider puts in tokens).');
  if (devUsers && oidc) throw new Error('Choose one: OPENCASEWORK_DEV_USERS=1 (demo users) or OIDC_ISSUER (real sign-in), not both.');
  if (devUsers && !LOOPBACK.has(host))
    throw new Error(`Development mode (demo users, no sign-in) runs only on a loopback address, not on ${host}. Set HOST=127.0.0.1.`);
  if (!devUsers && !oidc)
    throw new Error('Set OIDC_ISSUER and OIDC_AUDIENCE, or OPENCASEWORK_DEV_USERS=1 for development on this machine only.');
  const corsOrigins = (env.OPENCASEWORK_CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { databaseUrl, host, port, devUsers, ...(oidc ? { oidc } : {}), corsOrigins, poolSize: Number(env.PG_POOL_SIZE ?? 20) };
}

/** Migrates the database, then listens. Resolves with the running app and its address. */
export async function startServer(config: ServerConfig): Promise<{ app: FastifyInstance; pool: Pool; url: string }> {
  if (config.devUsers && !LOOPBACK.has(config.host)) throw new Error('Development mode runs only on a loopback address.');
  const pool = createPool(config.databaseUrl, config.poolSize);
  await migrate(pool);
  const authenticate: Authenticator = config.devUsers ? devAuthenticator : oidcAuthenticator(config.oidc!);
  const { app } = await buildApp({
    pool,
    connectionString: config.databaseUrl,
    authenticate,
    development: config.devUsers,
    corsOrigins: config.corsOrigins,
  });
  app.addHook('onClose', async () => {
    await pool.end();
  });
  const url = await app.listen({ host: config.host, port: config.port });
  return { app, pool, url };
}

export const demoUserList = () => Object.entries(DEMO_USERS).map(([id, u]) => `${id} (${u.name}, teams: ${u.teams.join(', ') || 'none'})`);
