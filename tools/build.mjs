// Transpiles apps/ and libs/ to dist/ with SWC (type checking is `npm run typecheck`), keeping the
// source layout so relative paths still hold, and composes the GraphQL supergraph: a subgraph
// schema that does not compose fails the build, not production.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const { transformFileSync } = require('@swc/core');
const { swcOptions, root } = require('./swc-options.cjs');

const TEST = /\.(spec|int-spec|e2e-spec)\.ts$/;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts') && !TEST.test(p)) yield p;
  }
}

const started = Date.now();
let n = 0;
const sources = [
  // apps/web is the browser app: Vite builds it below, not SWC.
  ...['apps', 'libs'].flatMap((top) => readdirSync(join(root, top)).filter((p) => !(top === 'apps' && p === 'web')).map((p) => join(root, top, p, 'src'))),
  join(root, 'tools/single-process'),
  join(root, 'tools/ops'),
];
{
  for (const src of sources) {
    try {
      statSync(src);
    } catch {
      continue;
    }
    for (const file of walk(src)) {
      const out = join(root, 'dist', relative(root, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, transformFileSync(file, swcOptions(file)).code);
      n++;
    }
  }
}
console.log(`build: transpiled ${n} files to dist/ in ${Date.now() - started} ms`);
execFileSync(process.execPath, [join(root, 'dist/apps/gateway/src/supergraph/compose.js'), '--check'], { stdio: 'inherit' });
// The web app (served by the gateway at /): its typed operations must match the supergraph, then
// Vite builds it into dist/web unless that build is already of these sources.
execFileSync(process.execPath, [join(root, 'apps/web/tools/codegen.cjs'), '--check'], { stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'apps/web/tools/build-web.mjs')], { stdio: 'inherit' });
