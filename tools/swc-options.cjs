// One SWC configuration for the build (tools/build.mjs), TS scripts (tools/run-ts.cjs) and jest
// (jest.preset.js): legacy decorators with metadata for NestJS, CommonJS, tsconfig path aliases.
const path = require('node:path');
const { compilerOptions } = require('../tsconfig.base.json');

const root = path.resolve(__dirname, '..');

function swcOptions(filename, { paths = true } = {}) {
  return {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      ...(paths ? { baseUrl: root, paths: compilerOptions.paths } : {}),
    },
  };
}

module.exports = { swcOptions, root };
