import type { MessagePair } from '../shared/field-error';

/** Codes of HSDS import problems (besides the offering/organization validation codes, which are reused). */
export const HSDS_ERROR_MESSAGES = {
  hsds_document_invalid: { ja: 'HSDSの文書はJSONオブジェクトである必要があります。', en: 'An HSDS document must be a JSON object.' },
  hsds_version_unsupported: {
    ja: 'このHSDSのバージョンには対応していません（3.0系のみ）。',
    en: 'This HSDS version is not supported (3.0.x only).',
  },
  hsds_required: { ja: 'HSDSの必須項目「{field}」がありません。', en: 'Required HSDS field "{field}" is missing.' },
  hsds_type: { ja: 'HSDSでは{expected}型です（実際: {received}）。', en: 'HSDS expects a {expected} here (got {received}).' },
  hsds_format: { ja: 'HSDSの形式（{format}）に合いません。', en: 'Not a valid {format} as HSDS requires.' },
  hsds_enum: { ja: '使用できる値は {options} です。', en: 'Allowed values: {options}.' },
  hsds_schema: { ja: 'HSDSの公式スキーマに合っていません。', en: 'HSDS schema violation: {detail}' },
  hsds_duplicate_id: { ja: '同じIDが文書内で2回使われています。', en: 'This id is used twice in the document.' },
  hsds_reference_unknown: {
    ja: '参照先が文書内にありません。',
    en: 'What this refers to is not in the document.',
  },
  hsds_category_taxonomy_missing: {
    ja: 'サービス分類のタクソノミーがありません。',
    en: 'The document has no service category taxonomy.',
  },
  hsds_category_taxonomy_ambiguous: {
    ja: 'サービス分類のタクソノミーが複数あります。どれを使うか指定してください（categoryTaxonomyId）。',
    en: 'The document has several candidate category taxonomies; pass categoryTaxonomyId.',
  },
  hsds_service_status_unsupported: {
    ja: '提供中（active）でないサービスは取り込めません。',
    en: 'Only active services can be imported.',
  },
  hsds_attribute_missing: {
    ja: '属性「{labelJa}」がありません。',
    en: 'Attribute "{labelEn}" is missing.',
  },
  hsds_attribute_conflict: {
    ja: '属性「{labelJa}」が矛盾しています（複数の値）。',
    en: 'Attribute "{labelEn}" is given more than once with different values.',
  },
  hsds_attribute_value_invalid: {
    ja: '属性「{labelJa}」の値が正しくありません。',
    en: 'Attribute "{labelEn}" has an invalid value.',
  },
  hsds_cost_options_missing: {
    ja: '料金（cost_options）がありません。最初の料金が基本料金になります。',
    en: 'No cost_options: the first one is the headline price.',
  },
  hsds_currency_unsupported: {
    ja: '日本円以外の通貨の料金は受け付けません（料金は日本円で記載してください）。',
    en: 'A price in another currency than Japanese yen is refused (state prices in JPY).',
  },
  hsds_price_unit_unknown: {
    ja: '料金の単位が読み取れません（price_unit属性、または「1時間あたり」等の記載が必要です）。',
    en: 'Cannot tell the price unit (needs a price_unit attribute or an amount_description such as 1回あたり).',
  },
  hsds_schedule_unsupported: {
    ja: 'このスケジュールは毎週の曜日・時間帯として表せません（{detail}）。',
    en: 'This schedule cannot be expressed as weekly day/time slots ({detail}).',
  },
  hsds_time_invalid: { ja: '時刻を読み取れません（時:分で指定してください）。', en: 'Cannot read the time (use hours:minutes).' },
  hsds_timezone_unsupported: {
    ja: '日本時間以外のタイムゾーンには対応していません。',
    en: 'Only Japan time is supported.',
  },
  hsds_service_area_unsupported: {
    ja: 'この提供地域は読み取れません（市区町村コード属性かGeoJSONの範囲が必要です）。',
    en: 'Cannot read this service area (needs a municipality-code attribute or a GeoJSON extent).',
  },
  hsds_service_area_multiple: {
    ja: '提供地域は「市区町村の一覧」「半径」「区域」のいずれか1つにしてください。',
    en: 'A service can have one area: a list of municipalities, one radius or one polygon.',
  },
  hsds_extent_invalid: {
    ja: '範囲（extent）がGeoJSONのPolygonとして読み取れません（{detail}）。',
    en: 'The extent is not a readable GeoJSON Polygon ({detail}).',
  },
  hsds_nothing_to_import: {
    ja: '取り込めるものがありません（事業者・サービス・所在地・分類のいずれも含まれていません）。',
    en: 'Nothing to import: the document holds no organization, service, location or taxonomy.',
  },
  hsds_service_held: {
    ja: 'このサービスには介護サービスとしての属性（介護保険の適用・要介護度・受入状況）がないため、掲載にはせず、書かれたとおりに保持します（出力時にそのまま書き戻します）。',
    en: 'This service has no eldercare facts (insurance coverage, care levels, capacity): it is kept as written, not listed, and written back on export.',
  },
  hsds_nested_services_kept: {
    ja: '事業者の中に書かれたサービスは、事業者の一部として書かれたとおりに保持します（掲載にはなりません。掲載にするにはサービスとして取り込んでください）。',
    en: 'Services written inside an organization are kept with it as written (not as listings; import them as services to list them).',
  },
  hsds_term_unmapped: {
    ja: 'この分類語は当サービスの分類に対応づけられていません。属性としてそのまま保持します（対応表に追加すると分類として読み込めます）。',
    en: 'This term of another taxonomy has no mapping to our categories; it is kept as an attribute (add it to the mapping to use it as a category).',
  },
  hsds_table_unknown: {
    ja: 'HSDSの表形式パッケージのファイル名ではありません（services.csv などの表名.csv）。',
    en: 'Not a file of the HSDS tabular package (a table name with .csv, e.g. services.csv).',
  },
  hsds_table_duplicate: { ja: '同じ表のファイルが2つあります。', en: 'Two files for the same table.' },
  hsds_csv_invalid: {
    ja: 'CSVとして読めません（{line}行目の引用符が閉じていないか、引用符の位置が正しくありません）。',
    en: 'Not readable as CSV (line {line}: a quote is not closed or is misplaced).',
  },
  hsds_csv_header_invalid: {
    ja: '1行目に列名（id を含み、重複のないもの）が必要です。',
    en: 'The first line must name the columns (including id, none twice).',
  },
  hsds_csv_row_width: { ja: '{line}行目の列の数が見出しと合いません。', en: 'Line {line} does not have as many fields as the header.' },
  corporate_number_invalid: { ja: '法人番号が正しくありません: {detail}', en: 'Invalid corporate number: {detail}' },
} as const satisfies Record<string, MessagePair>;

export type HsdsErrorCode = keyof typeof HSDS_ERROR_MESSAGES;
