import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, badInput, CurrentActor, requireRole } from '@sanpuku/platform';
import { wordsOrCode } from '../common/words';
import { ImportRejected } from './import.errors';
import { FileInput, ImportResult, ResourceFileInput } from './import.model';
import { ImportService, ImportSummary } from './import.service';

function bytesOf(input: FileInput): Buffer {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) throw badInput('input.contentBase64', 'not base64', 'base64ではありません');
  return Buffer.from(input.contentBase64, 'base64');
}

async function asResult(run: () => Promise<ImportSummary>): Promise<ImportResult> {
  try {
    const s = await run();
    const kind = wordsOrCode('DatasetKind', s.kind);
    const format = wordsOrCode('DatasetFormat', s.format);
    return { ok: true, dataset: { ...s, kindLabelJa: kind.ja, kindLabelEn: kind.en, formatLabelJa: format.ja, formatLabelEn: format.en }, errors: [] };
  } catch (err) {
    if (err instanceof ImportRejected) {
      return { ok: false, dataset: null, errors: err.issues.map((i) => ({ ...i, codeLabelJa: wordsOrCode('ImportIssueCode', i.code).ja, codeLabelEn: wordsOrCode('ImportIssueCode', i.code).en })) };
    }
    throw err;
  }
}

@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Mutation(() => ImportResult, { description: 'Import municipalities (CSV, UTF-8 or Shift_JIS) / 市区町村の取り込み' })
  importMunicipalities(@CurrentActor() actor: Actor | null, @Args('input') input: FileInput): Promise<ImportResult> {
    const a = requireRole(actor, 'admin');
    return asResult(() => this.imports.importMunicipalities(input.fileName, bytesOf(input), a.sub));
  }

  @Mutation(() => ImportResult, { description: 'Import town-block points (MLIT 位置参照情報 Shift_JIS, or the UTF-8 layout) / 町丁目代表点の取り込み' })
  importTownBlocks(@CurrentActor() actor: Actor | null, @Args('input') input: FileInput): Promise<ImportResult> {
    const a = requireRole(actor, 'admin');
    return asResult(() => this.imports.importTownBlocks(input.fileName, bytesOf(input), a.sub));
  }

  @Mutation(() => ImportResult, { description: 'Import shops as GeoJSON points or CSV with a category / 買い物拠点の取り込み' })
  importResources(@CurrentActor() actor: Actor | null, @Args('input') input: ResourceFileInput): Promise<ImportResult> {
    const a = requireRole(actor, 'admin');
    return asResult(() =>
      this.imports.importResources(input.fileName, bytesOf(input), a.sub, { defaultCategory: input.defaultCategory ?? undefined, sourceName: input.sourceName ?? undefined }),
    );
  }
}
