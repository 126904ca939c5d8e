// The `opencasework-server` command: `npm run server` runs it. Configuration is read from the environment.
import { configFromEnv, demoUserList, startServer } from './start.js';

const out = (s: string) => process.stderr.write(`${s}\n`);
try {
  const config = configFromEnv();
  const { app, url } = await startServer(config);
  out(`opencasework-server listening on ${url}/api/v1 (OpenAPI: ${url}/api/v1/openapi.json)`);
  if (config.devUsers)
    out(
      `DEVELOPMENT MODE: demo users, no sign-in, loopback only. Send "Authorization: Bearer dev:<user>" with one of: ${demoUserList().join('; ')}`,
    );
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  out(`opencasework-server did not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
