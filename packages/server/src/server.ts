// @opencasework/server as a library: build the app yourself (tests, embedding) or run `opencasework-server`.
export { buildApp, API, type AppOptions } from './app.js';
export { createPool, migrate, migrationFiles } from './db.js';
export {
  DEMO_USERS,
  devAuthenticator,
  oidcAuthenticator,
  userFromClaims,
  LOOPBACK,
  type User,
  type OidcConfig,
  type Authenticator,
} from './auth.js';
export { importDoc, grant } from './import.js';
export { applyChange } from './apply.js';
export { readBundle, readChanges } from './read.js';
export { configFromEnv, startServer, type ServerConfig } from './start.js';
