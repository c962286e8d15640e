/**
 * One layout in every service (docs/architecture.md, "One layout in every service"): what a
 * client sends and what it gets back are declared apart, and a module file is named after its
 * module. Reads the real sources of apps/catalogue, apps/region, apps/matching and apps/gateway;
 * each rule is also shown failing on a snippet, so a broken check cannot pass silently.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const SERVICES = ['catalogue', 'region', 'matching', 'gateway'];
const TEST = /\.(spec|int-spec|e2e-spec)\.ts$/;

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts') && !TEST.test(p)) yield p;
  }
}

const INPUT = /^@(InputType|ArgsType)\(/m;
const OUTPUT = /^@(ObjectType|InterfaceType)\(/m;

/** What is wrong with where this file declares GraphQL types (empty: nothing). */
function graphqlTypeProblems(file: string, code: string): string[] {
  const out: string[] = [];
  const inputs = INPUT.test(code);
  const outputs = OUTPUT.test(code);
  if (inputs && outputs) out.push(`${file}: declares @InputType/@ArgsType next to @ObjectType — inputs go in <feature>.input.ts`);
  else if (inputs && !file.endsWith('.input.ts')) out.push(`${file}: declares @InputType/@ArgsType outside a *.input.ts file`);
  else if (outputs && !file.endsWith('.model.ts')) out.push(`${file}: declares an @ObjectType outside a *.model.ts file`);
  return out;
}

const kebab = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** A `<name>.module.ts` exports `<Name>Module`; each app's composition root is `app.module.ts` with its `<App>AppModule`. */
function moduleNameProblems(file: string, code: string): string[] {
  if (!file.endsWith('.module.ts')) return [];
  const modules = [...code.matchAll(/@Module\([\s\S]*?\)\s*export class (\w+Module)\b/g)].map((m) => m[1]!);
  const stem = basename(file, '.module.ts');
  const ok = stem === 'app' ? modules.some((m) => m.endsWith('AppModule')) : modules.some((m) => kebab(m) === `${stem}-module`);
  return ok ? [] : [`${file}: exports ${modules.join(', ') || 'no @Module class'}, expected ${stem === 'app' ? '<App>AppModule' : `the module named after ${stem}`}`];
}

const files = SERVICES.flatMap((s) => [...sources(join(root, 'apps', s, 'src'))]).map((p) => ({ path: relative(root, p), code: readFileSync(p, 'utf8') }));

describe('one layout in every service', () => {
  it('reads the services’ sources', () => {
    expect(files.filter((f) => f.path.endsWith('.input.ts')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.path.endsWith('.module.ts')).length).toBeGreaterThan(0);
  });

  it('no file mixes GraphQL inputs with views; inputs live in *.input.ts, views in *.model.ts', () => {
    expect(files.flatMap((f) => graphqlTypeProblems(f.path, f.code))).toEqual([]);
  });

  it('every *.module.ts is named after the module it exports', () => {
    expect(files.flatMap((f) => moduleNameProblems(f.path, f.code))).toEqual([]);
  });

  describe('the checks fail where they should', () => {
    const input = "@InputType()\nexport class XInput {\n  @Field() a!: string;\n}\n";
    const view = "@ObjectType()\nexport class X {\n  @Field() a!: string;\n}\n";

    it.each([
      ['an input next to a view', 'apps/region/src/x/x.model.ts', input + view],
      ['an input in a model file', 'apps/region/src/x/x.model.ts', input],
      ['an input in a resolver', 'apps/region/src/x/x.resolver.ts', input.replace('@InputType()', '@ArgsType()')],
      ['a view in an input file', 'apps/region/src/x/x.input.ts', view],
      ['a view next to its resolver', 'apps/region/src/x/x.resolver.ts', view],
    ])('%s', (_what, file, code) => {
      expect(graphqlTypeProblems(file, code)).toHaveLength(1);
    });

    it('accepts inputs alone in *.input.ts and views alone in *.model.ts', () => {
      expect(graphqlTypeProblems('apps/region/src/x/x.input.ts', input)).toEqual([]);
      expect(graphqlTypeProblems('apps/region/src/x/x.model.ts', view)).toEqual([]);
    });

    it('a module file named after something else', () => {
      expect(moduleNameProblems('apps/region/src/region.module.ts', '@Module({})\nexport class RegionFeaturesModule {}\n')).toHaveLength(1);
      expect(moduleNameProblems('apps/region/src/region-features.module.ts', '@Module({})\nexport class RegionFeaturesModule {}\n')).toEqual([]);
      expect(moduleNameProblems('apps/region/src/app.module.ts', '@Module({})\nexport class RegionAppModule {}\n')).toEqual([]);
    });
  });
});
