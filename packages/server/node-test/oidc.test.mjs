// OpenID Connect bearer tokens verified with jose against a JWKS served on loopback (discovered from the issuer),
// and the development mode's guard: demo users only when asked for, and only on a loopback address.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { configFromEnv, oidcAuthenticator } from '../dist/server.js';
import { freshDatabase, serverDir, startApp, support } from './support/helpers.mjs';
import process from 'node:process';

let idp, issuer, key, other, srv;

before(async () => {
  key = await generateKeyPair('RS256');
  other = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(key.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  idp = createServer((req, res) => {
    if (req.url === '/.well-known/openid-configuration')
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ issuer, jwks_uri: `${issuer}/keys` }));
    else if (req.url === '/keys') res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end();
  });
  await new Promise((r) => idp.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${idp.address().port}`;
  const authenticate = oidcAuthenticator({
    issuer,
    audience: 'opencasework',
    teamsClaim: 'groups',
    rolesClaim: 'roles',
    restrictedRole: 'CaseWork.Restricted',
    thirdPartyRole: 'CaseWork.ThirdParty',
  });
  srv = await startApp(await freshDatabase('oidc'), { authenticate, development: false });
});
after(async () => {
  await srv?.close();
  idp?.close();
});

const token = (claims, { k = key.privateKey, aud = 'opencasework', iss = issuer, exp = '5m', kid = 'k1' } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuedAt()
    .setIssuer(iss)
    .setAudience(aud)
    .setExpirationTime(exp)
    .sign(k);
const me = async (t) => {
  const r = await fetch(`${srv.url}/api/v1/me`, { headers: { Authorization: `Bearer ${t}` } });
  return { status: r.status, body: r.status === 200 ? await r.json() : undefined };
};

test('a valid token is a user: subject, name, teams from the groups claim, permissions from app roles', async () => {
  const t = await token({ sub: 'u-123', name: 'Sam Patel', groups: ['north'], roles: ['CaseWork.Restricted'] });
  assert.deepEqual(await me(t), {
    status: 200,
    body: { sub: 'u-123', name: 'Sam Patel', teams: ['north'], restricted: true, thirdParty: false },
  });
  // The token reaches the case API too: import as this user, then read.
  const put = await fetch(`${srv.url}/api/v1/case/c1`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(support.sampleCase),
  });
  assert.equal(put.status, 201);
  const other = await token({ sub: 'u-456', name: 'Chris Lee', groups: ['south'] });
  assert.equal((await fetch(`${srv.url}/api/v1/case/c1`, { headers: { Authorization: `Bearer ${other}` } })).status, 404);
});

test('refused: expired, wrong audience, wrong issuer, a key not in the JWKS, no subject, demo-user tokens', async () => {
  const claims = { sub: 'u-123', name: 'Sam', groups: ['north'] };
  const bad = [
    await token(claims, { exp: Math.floor(Date.now() / 1000) - 3600 }),
    await token(claims, { aud: 'someone-else' }),
    await token(claims, { iss: 'https://evil.example' }),
    await token(claims, { k: other.privateKey }),
    await token({ name: 'No subject' }),
    'dev:sam',
  ];
  for (const t of bad) assert.equal((await me(t)).status, 401);
});

test('development mode starts only when asked for and only on loopback; otherwise OpenID Connect must be configured', () => {
  const base = { DATABASE_URL: 'postgres://x@127.0.0.1/x' };
  assert.equal(configFromEnv({ ...base, OPENCASEWORK_DEV_USERS: '1' }).devUsers, true);
  assert.throws(() => configFromEnv({ ...base, OPENCASEWORK_DEV_USERS: '1', HOST: '0.0.0.0' }), /only on a loopback address/);
  assert.throws(() => configFromEnv({ ...base, OPENCASEWORK_DEV_USERS: '1', HOST: '10.1.2.3' }), /only on a loopback address/);
  assert.throws(() => configFromEnv(base), /OIDC_ISSUER/);
  assert.throws(() => configFromEnv({ ...base, OIDC_ISSUER: issuer }), /OIDC_AUDIENCE/);
  assert.throws(() => configFromEnv({ ...base, OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'a', OPENCASEWORK_DEV_USERS: '1' }), /Choose one/);
  assert.equal(configFromEnv({ ...base, OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'a', HOST: '0.0.0.0' }).devUsers, false);
  // The command itself refuses, before touching the database.
  const r = spawnSync(process.execPath, [`${serverDir}dist/main.js`], {
    env: { ...process.env, ...base, OPENCASEWORK_DEV_USERS: '1', HOST: '0.0.0.0' },
    encoding: 'utf8',
  });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Development mode .* runs only on a loopback address/);
});
