/**
 * The Nx boundary rules must really forbid, not just exist: lint snippets as if they were files
 * of each project and expect (or not) @nx/enforce-module-boundaries errors.
 */
import { execFile, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** Runs the project's real ESLint config on `code` as if it were `file` (ESLint's own CLI, via stdin). */
function boundaryErrors(file: string, code: string): Promise<string[]> {
  return new Promise((res, rej) => {
    const child = execFile(
      process.execPath,
      [resolve(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', resolve(root, file)],
      { cwd: root, env: { ...process.env, NX_DAEMON: 'false', SANPUKU_LINT_IMPORTS_ONLY: '1' } },
      (err, stdout, stderr) => {
        try {
          const [result] = JSON.parse(stdout) as { messages: { ruleId: string | null; message: string }[] }[];
          res(result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message));
        } catch {
          rej(new Error(`eslint failed: ${err?.message ?? ''} ${stderr}`));
        }
      },
    );
    child.stdin!.end(code);
  });
}

describe('Nx module boundaries', () => {
  jest.setTimeout(60_000);

  // The rule silently skips itself when Nx has no cached project graph: compute it first.
  beforeAll(() => {
    execFileSync(process.execPath, [resolve(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      stdio: 'ignore',
    });
  });

  it.each([
    ['@nestjs/common', "import { Injectable } from '@nestjs/common';"],
    ['typeorm', "import { DataSource } from 'typeorm';"],
    ['kafkajs', "import { Kafka } from 'kafkajs';"],
  ])('a domain lib may not import %s', async (_name, code) => {
    expect(await boundaryErrors('libs/region-domain/src/forbidden.ts', `${code}\nexport const x = 1;`)).toHaveLength(1);
  });

  it('the contracts lib may not import Nest', async () => {
    expect(await boundaryErrors('libs/contracts/src/forbidden.ts', "import { Module } from '@nestjs/common';\nexport const x = 1;")).toHaveLength(1);
  });

  it('an app may not import another app', async () => {
    const errors = await boundaryErrors('apps/matching/src/forbidden.ts', "import { AreasService } from '../../region/src/areas/areas.service';\nexport const x = AreasService;");
    expect(errors.length).toBeGreaterThanOrEqual(1);
  });

  it('an app may not import kafkajs directly (only libs/platform talks to the client)', async () => {
    expect(await boundaryErrors('apps/matching/src/forbidden.ts', "import { Kafka } from 'kafkajs';\nexport const x = Kafka;")).toHaveLength(1);
  });

  it('a domain lib may import the contracts lib and zod', async () => {
    expect(await boundaryErrors('libs/region-domain/src/allowed.ts', "import { Topics } from '@sanpuku/contracts';\nimport { z } from 'zod';\nexport const x = [Topics, z];")).toEqual([]);
  });

  it.each([
    ['a domain lib', "import { classifyPolicy } from '@sanpuku/region-domain';"],
    ['the platform', "import { OutboxWriter } from '@sanpuku/platform';"],
    ['the contracts', "import { Topics } from '@sanpuku/contracts';"],
    ['Nest', "import { Module } from '@nestjs/common';"],
    ['zod', "import { z } from 'zod';"],
  ])('the shared kernel depends on nothing: it may not import %s', async (_what, code) => {
    expect(await boundaryErrors('libs/kernel/src/forbidden.ts', `${code}\nexport const x = 1;`)).toHaveLength(1);
  });

  it('every layer may import the shared kernel', async () => {
    const code = "import { geodesicDistance } from '@sanpuku/kernel';\nexport const x = geodesicDistance;";
    for (const file of ['libs/region-domain/src/allowed.ts', 'libs/contracts/src/allowed.ts', 'libs/platform/src/allowed.ts', 'apps/catalogue/src/allowed.ts']) {
      expect([file, await boundaryErrors(file, code)]).toEqual([file, []]);
    }
  });

  it('an app may import the platform and domain libs', async () => {
    expect(
      await boundaryErrors('apps/region/src/allowed.ts', "import { OutboxWriter } from '@sanpuku/platform';\nimport { Topics } from '@sanpuku/contracts';\nexport const x = [OutboxWriter, Topics];"),
    ).toEqual([]);
  });

  it('the web app may not import server code: a platform lib or Nest', async () => {
    expect(await boundaryErrors('apps/web/src/forbidden.ts', "import { repoRoot } from '@sanpuku/platform';\nexport const x = repoRoot;")).toHaveLength(1);
    expect(await boundaryErrors('apps/web/src/forbidden.ts', "import { Module } from '@nestjs/common';\nexport const x = Module;")).toHaveLength(1);
  });

  it('the web app may import the Apollo client', async () => {
    expect(await boundaryErrors('apps/web/src/allowed.ts', "import { ApolloClient } from '@apollo/client';\nexport const x = ApolloClient;")).toEqual([]);
  });
});
