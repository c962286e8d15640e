/**
 * The committed typed operations (apps/web/src/gql) are what GraphQL Code Generator makes of
 * operations.ts against the committed supergraph: a schema change or an edited operation without
 * `npm run web:codegen` fails here (and the build), like the supergraph staleness check.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it('the generated GraphQL types of the web app are up to date', () => {
  // In its own Node process: the codegen CLI's dependencies are ESM that jest's CommonJS runtime cannot load.
  const r = spawnSync(process.execPath, [join(__dirname, './codegen.cjs'), '--check'], { encoding: 'utf8' });
  expect({ status: r.status, stderr: r.stderr.trim() }).toEqual({ status: 0, stderr: '' });
}, 60_000);
