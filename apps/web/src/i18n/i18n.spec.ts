/**
 * Every user-facing string of the web app lives in the message catalogues: Japanese (the
 * default) and English have the same keys, every key the code asks for exists, and no component
 * has literal text in its JSX (text nodes, or aria-label/title/placeholder/alt strings).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import ja from './ja.json';
import en from './en.json';

const src = join(__dirname, '..');

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'gql') yield* sources(p);
    } else if (/\.tsx?$/.test(name) && !name.endsWith('.spec.ts')) yield p;
  }
}

const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
const LETTERS = /[\p{L}]/u;

/** Literal text a reader would see, found in the JSX of one file: [line, text]. */
export function literalJsxText(fileName: string, code: string): [number, string][] {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: [number, string][] = [];
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && LETTERS.test(n.text)) found.push([at(n), n.text.trim()]);
    if (ts.isJsxAttribute(n) && USER_FACING_ATTRIBUTES.has(n.name.getText(sf)) && n.initializer) {
      const init = n.initializer;
      const literal = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : null;
      if (literal && LETTERS.test(literal.text)) found.push([at(n), literal.text]);
    }
    // A string literal as a JSX child: {'保存'}
    if (ts.isJsxExpression(n) && n.expression && ts.isStringLiteralLike(n.expression) && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent)) && LETTERS.test(n.expression.text)) {
      found.push([at(n), n.expression.text]);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('web app message catalogues', () => {
  it('Japanese and English have the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    for (const [k, v] of [...Object.entries(ja), ...Object.entries(en)]) expect([k, v.trim().length > 0]).toEqual([k, true]);
  });

  it('every fixed key the code asks for exists, and every key pattern matches at least one', () => {
    const keys = new Set(Object.keys(ja));
    const missing: string[] = [];
    for (const file of sources(src)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\((['`])([a-zA-Z0-9_.${}]+?)\1/g)) {
        const key = m[2];
        if (key.includes('${')) {
          const re = new RegExp('^' + key.split(/\$\{[^}]+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[a-zA-Z0-9_]+') + '$');
          if (![...keys].some((k) => re.test(k))) missing.push(`${relative(src, file)}: ${key}`);
        } else if (!keys.has(key)) missing.push(`${relative(src, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds literal text in JSX (the check itself works)', () => {
    const code = `export const A = () => <p title="保存">こんにちは<span aria-label="close">{'閉じる'}</span>{t('ok')} — 1</p>;`;
    expect(literalJsxText('x.tsx', code).map(([, s]) => s)).toEqual(['保存', 'こんにちは', 'close', '閉じる']);
  });

  it('no component has literal user-facing text: it comes from the catalogues', () => {
    const offenders: string[] = [];
    for (const file of sources(src)) {
      if (!file.endsWith('.tsx')) continue;
      for (const [line, text] of literalJsxText(file, readFileSync(file, 'utf8'))) offenders.push(`${relative(src, file)}:${line} ${text}`);
    }
    expect(offenders).toEqual([]);
  });
});
