#!/usr/bin/env node
// Run a TypeScript file without a build step: `node tools/run-ts.cjs path/to/file.ts [args...]`.
// Transpiles .ts on require with @swc/core using the shared options in tools/swc-options.cjs
// (legacy decorators + metadata, CommonJS) and resolves the tsconfig.base.json path aliases (@sanpuku/*) to source.
// No type checking: run `npm run typecheck` for that.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const { swcOptions } = require('./swc-options.cjs');

const root = path.resolve(__dirname, '..');
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const baseUrl = path.resolve(root, compilerOptions.baseUrl || '.');
const aliases = Object.entries(compilerOptions.paths || {}).map(([pattern, targets]) => {
  const star = pattern.indexOf('*');
  return star < 0
    ? { exact: pattern, target: path.resolve(baseUrl, targets[0]) }
    : { prefix: pattern.slice(0, star), suffix: pattern.slice(star + 1), target: targets[0] };
});

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveWithAliases(request, parent, isMain, options) {
  for (const alias of aliases) {
    if (alias.exact !== undefined && request === alias.exact) {
      return originalResolve.call(this, alias.target, parent, isMain, options);
    }
    if (
      alias.prefix !== undefined &&
      request.startsWith(alias.prefix) &&
      request.endsWith(alias.suffix) &&
      request.length >= alias.prefix.length + alias.suffix.length
    ) {
      const middle = request.slice(alias.prefix.length, request.length - alias.suffix.length);
      return originalResolve.call(this, path.resolve(baseUrl, alias.target.replace('*', middle)), parent, isMain, options);
    }
  }
  return originalResolve.call(this, request, parent, isMain, options);
};

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  // Aliases are resolved at run time by the hook above, so SWC leaves import paths alone.
  const { code } = transformSync(source, swcOptions(filename, { paths: false }));
  module._compile(code, filename);
};

process.setSourceMapsEnabled(true);
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node tools/run-ts.cjs <file.ts> [args...]');
  process.exit(2);
}
const entry = path.resolve(script);
process.argv = [process.argv[0], entry, ...args];
require(entry);
