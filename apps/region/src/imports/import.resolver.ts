import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, badUserInput, CurrentActor, FieldProblem, requireRole } from '@sanpuku/platform';
import { CATEGORY_PATTERN, REGION_LIMITS } from '../common/input-limits';
import { wordsOrCode } from '../common/words';
import { ImportIssue, ImportRejected } from './import.errors';
import { ImportReport, reportCsv } from './import-report';
import { ImportIssueView, ImportReportView, ImportResult } from './import.model';
import { FileInput, FilePartInput, ResourceFileInput, TownBlockFilesInput } from './import.input';
import { ImportService, ImportSummary } from './import.service';

/**
 * The file's bytes, after checking every string of the input at once: the file name (1–255
 * characters), the source name (≤ 200), the default category (a lower_snake_case code ≤ 40) and
 * the content (base64; its size is bounded by the request body limit, not here).
 */
function bytesOf(input: FilePartInput & Partial<Pick<ResourceFileInput, 'sourceName' | 'defaultCategory' | 'lenient'>>, lenientAllowed = true): Buffer {
  const problems = fileProblems(input, '/input');
  if (!lenientAllowed && input.lenient) {
    problems.push({
      path: '/input/lenient',
      code: 'not_supported',
      messageJa: 'この取り込みは全件か無しかのみです（lenientは市区町村と町丁目だけ）',
      messageEn: 'This import is all or nothing only (lenient is for municipalities and town blocks)',
    });
  }
  if (problems.length) throw badUserInput(problems);
  return Buffer.from(input.contentBase64, 'base64');
}

function fileProblems(input: FilePartInput & Partial<Pick<ResourceFileInput, 'sourceName' | 'defaultCategory'>>, at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const len = (v: string) => [...v].length;
  if (len(input.fileName) < 1 || len(input.fileName) > REGION_LIMITS.fileName) {
    problems.push({ path: `${at}/fileName`, code: 'out_of_range', messageJa: `ファイル名は1〜${REGION_LIMITS.fileName}文字です`, messageEn: `A file name has 1 to ${REGION_LIMITS.fileName} characters` });
  }
  if (input.sourceName != null && (len(input.sourceName) < 1 || len(input.sourceName) > REGION_LIMITS.sourceName)) {
    problems.push({ path: '/input/sourceName', code: 'out_of_range', messageJa: `出典名は1〜${REGION_LIMITS.sourceName}文字です`, messageEn: `A source name has 1 to ${REGION_LIMITS.sourceName} characters` });
  }
  if (input.defaultCategory != null && (len(input.defaultCategory) > REGION_LIMITS.category || !CATEGORY_PATTERN.test(input.defaultCategory))) {
    problems.push({
      path: '/input/defaultCategory',
      code: 'invalid_format',
      messageJa: `種類は英小文字・数字・_の${REGION_LIMITS.category}文字以内です（例: convenience）`,
      messageEn: `A category is lower-case letters, digits and _, at most ${REGION_LIMITS.category} characters (e.g. convenience)`,
    });
  }
  if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) {
    problems.push({ path: `${at}/contentBase64`, code: 'not_base64', messageJa: 'ファイルの内容がbase64ではありません', messageEn: 'The content is not base64' });
  }
  return problems;
}

/** Every file of a multi-file input checked at once (`/input/files/N/…`), and their count. */
function filesOf(input: TownBlockFilesInput): { name: string; bytes: Buffer }[] {
  const problems = input.files.flatMap((f, i) => fileProblems(f, `/input/files/${i}`));
  if (input.files.length < 1 || input.files.length > REGION_LIMITS.importFiles) {
    problems.unshift({
      path: '/input/files',
      code: 'out_of_range',
      messageJa: `ファイルは1〜${REGION_LIMITS.importFiles}個です`,
      messageEn: `An import has 1 to ${REGION_LIMITS.importFiles} files`,
    });
  }
  if (problems.length) throw badUserInput(problems);
  return input.files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.contentBase64, 'base64') }));
}

const issueView = (i: ImportIssue): ImportIssueView => ({
  ...i,
  value: i.value ?? null,
  codeLabelJa: wordsOrCode('ImportIssueCode', i.code).ja,
  codeLabelEn: wordsOrCode('ImportIssueCode', i.code).en,
});

function reportView(r: ImportReport): ImportReportView {
  return {
    ...r,
    skippedByReason: r.skippedByReason.map((x) => ({ ...x, codeLabelJa: wordsOrCode('ImportIssueCode', x.code).ja, codeLabelEn: wordsOrCode('ImportIssueCode', x.code).en })),
    skippedRows: r.skippedRows.map(issueView),
    notes: r.notes.map((n) => ({ ...n, codeLabelJa: wordsOrCode('ImportNoteCode', n.code).ja, codeLabelEn: wordsOrCode('ImportNoteCode', n.code).en })),
    csv: reportCsv(r),
  };
}

async function asResult(run: () => Promise<ImportSummary>): Promise<ImportResult> {
  try {
    const s = await run();
    const kind = wordsOrCode('DatasetKind', s.kind);
    const format = wordsOrCode('DatasetFormat', s.format);
    return {
      ok: true,
      dataset: { ...s, kindLabelJa: kind.ja, kindLabelEn: kind.en, formatLabelJa: format.ja, formatLabelEn: format.en },
      errors: [],
      report: reportView(s.report),
    };
  } catch (err) {
    if (err instanceof ImportRejected) return { ok: false, dataset: null, errors: err.issues.map(issueView), report: null };
    throw err;
  }
}

@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Mutation(() => ImportResult, { description: 'Import municipalities (CSV, UTF-8 or Shift_JIS) / 市区町村の取り込み' })
  importMunicipalities(@CurrentActor() actor: Actor | null, @Args('input') input: FileInput): Promise<ImportResult> {
    const a = requireRole(actor, 'admin');
    return asResult(() => this.imports.importMunicipalities(input.fileName, bytesOf(input), a.sub, { lenient: input.lenient ?? false }));
  }

  @Mutation(() => ImportResult, { description: 'Import town-block points (MLIT 位置参照情報 Shift_JIS, or the UTF-8 layout) / 町丁目代表点の取り込み' })
  importTownBlocks(@CurrentActor() actor: Actor | null, @Args('input') input: FileInput): Promise<ImportResult> {
    const a = requireRole(actor, 'admin');
    return asResult(() => this.imports.importTownBlocks(input.fileName, bytesOf(input), a.sub, { lenient: input.lenient ?? false }));
  }

  @Mutation(() => ImportResult, {
    description:
      'Import several town-block files (e.g. all 47 prefecture files) as ONE dataset version in one transaction; counts and skipped rows are over all files. Admin / 複数の町丁目ファイルを一括で取り込み',
  })
  importTownBlockFiles(@CurrentActor() actor: Actor | null, @Args('input') input: TownBlockFilesInput): Promise<ImportResult> {
    const a = requireRole(actor, 'admin');
    return asResult(() => this.imports.importTownBlocks(filesOf(input), null, a.sub, { lenient: input.lenient ?? false }));
  }

  @Mutation(() => ImportResult, {
    description:
      'Import municipal boundaries (国土数値情報 行政区域 N03 GeoJSON; import municipalities first). Re-importing a prefecture replaces it. Admin / 行政区域の取り込み',
  })
  importBoundaries(@CurrentActor() actor: Actor | null, @Args('input') input: FileInput): Promise<ImportResult> {
    const a = requireRole(actor, 'admin');
    return asResult(() => this.imports.importBoundaries(input.fileName, bytesOf(input, false), a.sub));
  }

  @Mutation(() => ImportResult, { description: 'Import shops as GeoJSON points or CSV with a category / 買い物拠点の取り込み' })
  importResources(@CurrentActor() actor: Actor | null, @Args('input') input: ResourceFileInput): Promise<ImportResult> {
    const a = requireRole(actor, 'admin');
    return asResult(() =>
      this.imports.importResources(input.fileName, bytesOf(input, false), a.sub, { defaultCategory: input.defaultCategory ?? undefined, sourceName: input.sourceName ?? undefined }),
    );
  }
}
