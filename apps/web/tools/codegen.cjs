// Typed GraphQL operations for the web app: GraphQL Code Generator's client preset reads
// apps/web/src/api/operations.ts against the committed supergraph (apps/gateway/supergraph.graphql)
// and writes apps/web/src/gql/. `node apps/web/tools/codegen.cjs --check` writes nothing and exits 1
// when the committed output is stale (the build and a unit test run it), like the supergraph check.
//
// Run through the CommonJS API: the codegen CLI's ESM entry fails under this repo's pinned
// @graphql-tools/utils override (a named export it expects is missing); the CommonJS build only
// touches that helper on code paths codegen does not use here.
const { readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { generate } = require('@graphql-codegen/cli');

const root = join(__dirname, '../../..');
const outDir = 'apps/web/src/gql/';

async function run(write) {
  const files = await generate(
    {
      cwd: root,
      silent: true,
      overwrite: true,
      schema: join(root, 'apps/gateway/supergraph.graphql'),
      documents: join(root, 'apps/web/src/api/operations.ts'),
      generates: {
        [join(root, outDir)]: {
          preset: 'client',
          presetConfig: { fragmentMasking: false },
          config: { useTypeImports: true, enumsAsTypes: true, skipTypename: true, scalars: { DateTime: 'string' } },
        },
      },
    },
    write,
  );
  return files;
}

async function check() {
  const files = await run(false);
  const stale = files.filter((f) => {
    let committed = '';
    try {
      committed = readFileSync(f.filename, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    return committed !== f.content;
  });
  return stale.map((f) => relative(root, f.filename));
}

module.exports = { run, check };

if (require.main === module) {
  const checking = process.argv.includes('--check');
  (checking ? check() : run(true)).then(
    (r) => {
      if (checking && r.length) {
        console.error(`web codegen: ${r.join(', ')} stale against apps/gateway/supergraph.graphql or operations.ts; run npm run web:codegen`);
        process.exit(1);
      }
      if (!checking) console.log(`web codegen: wrote ${r.length} files to ${outDir}`);
    },
    (e) => {
      console.error(e.message ?? e);
      process.exit(1);
    },
  );
}
