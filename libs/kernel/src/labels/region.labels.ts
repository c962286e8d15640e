import { labelKind, type LabelKind } from './label.types';

/**
 * The region context's codes: market-viability segments and density tiers (the seed's words,
 * 参考: 市場性に応じた「産福共創」モデル), classification levels and distance models, kinds of
 * municipality, shop categories, datasets and their formats, import problems and classification
 * diagnostics. apps/region checks that Segment and DensityTier say what region-domain's rules say.
 */
export const REGION_LABELS: readonly LabelKind[] = [
  labelKind(
    'Segment',
    '市場性区分（高齢者・介護関連サービスの市場性）',
    'Market viability (for eldercare services)',
    [
      ['A', '市場性「高」', 'High market viability', '人口密度が200人/km²以上で、地域資源充足率が80%以上', 'At least 200 people/km² and a resource sufficiency of 80 % or more'],
      ['B', '市場性「中」', 'Medium market viability', '人口密度が200人/km²以上で、地域資源充足率が40%以上80%未満', 'At least 200 people/km² and a resource sufficiency from 40 % to under 80 %'],
      ['C', '市場性「低」', 'Low market viability', '中山間等地域（人口密度200人/km²未満）、または地域資源充足率が40%未満', 'Rural (under 200 people/km²), or a resource sufficiency under 40 %'],
    ],
    ['Segment'],
  ),
  labelKind(
    'DensityTier',
    '人口密度による地域区分',
    'Area type by population density',
    [
      ['rural', '中山間等地域', 'Rural / hilly and mountainous area', '人口密度200人/km²未満', 'Under 200 people/km²'],
      ['general_city', '一般市', 'General city', '人口密度200人/km²以上2,000人/km²未満', 'From 200 to under 2,000 people/km²'],
      ['large_city', '大都市部', 'Large city', '人口密度2,000人/km²以上', '2,000 people/km² or more'],
    ],
    ['DensityTier'],
  ),
  labelKind(
    'ClassificationLevel',
    '政令指定都市の分類単位',
    'How designated cities are classified',
    [
      ['city', '市全体で分類', 'The whole city as one unit', '政令指定都市を一つの単位として分類する', 'Each designated city is classified as one unit'],
      ['wards', '区ごとに分類', 'Each ward as a unit', '政令指定都市の区をそれぞれ一つの単位として分類する', "Each of a designated city's wards is classified on its own"],
    ],
    ['ClassificationLevel'],
  ),
  labelKind(
    'DistanceModelKind',
    '距離の測り方',
    'How distances are measured',
    [
      ['ellipsoid_wgs84', '楕円体（WGS84）上の測地線距離', 'Geodesic on the WGS84 ellipsoid', '地図アプリやGISと同じ測り方（既定）', 'As maps and GIS tools measure (default)'],
      ['sphere', '球面上の距離', 'Distance on a sphere', '地球を半径6,371,008.8 mの球とみなす（比較用）', 'The Earth taken as a sphere of radius 6,371,008.8 m (for comparison)'],
    ],
    ['DistanceModelKind'],
  ),
  labelKind('UnitType', '市区町村の種類', 'Kind of municipality', [
    ['municipality', '市町村', 'City, town or village'],
    ['tokyo_special_ward', '東京都の特別区', 'Special ward of Tokyo'],
    ['designated_city', '政令指定都市', 'Designated city'],
    ['designated_city_ward', '政令指定都市の区', 'Ward of a designated city'],
  ]),
  labelKind('ResourceCategory', '買い物拠点の種類', 'Kind of shopping resource', [
    ['supermarket', 'スーパーマーケット', 'Supermarket'],
    ['convenience', 'コンビニエンスストア', 'Convenience store'],
    ['drugstore', 'ドラッグストア', 'Drugstore'],
  ]),
  labelKind('DatasetKind', '取り込んだデータの種類', 'Kind of imported dataset', [
    ['municipalities', '市区町村', 'Municipalities'],
    ['town_blocks', '町丁目の代表点', 'Town-block points'],
    ['resources', '買い物拠点', 'Shopping resources'],
    ['boundaries', '市区町村の境界（行政区域）', 'Municipal boundaries'],
  ]),
  labelKind('DatasetFormat', '取り込んだファイルの形式', 'Format of an imported file', [
    ['csv', 'CSV', 'CSV'],
    ['geojson', 'GeoJSON', 'GeoJSON'],
    ['mlit-oaza-chome', '国土交通省 位置参照情報（大字・町丁目）', 'MLIT location reference data (oaza/chome)'],
    ['utf8-japanese-addresses', '町丁目代表点（UTF-8版）', 'Town-block points (UTF-8 layout)'],
  ]),
  labelKind('ImportIssueCode', 'ファイル取り込み時の問題', 'Problem found in an imported file', [
    ['wrong_encoding', '文字コードが不正', 'Wrong text encoding'],
    ['unknown_format', 'ファイル形式が不明', 'Unknown file layout'],
    ['missing_column', '必要な列がない', 'Missing column'],
    ['wrong_column_count', '列の数が違う', 'Wrong number of columns'],
    ['invalid_code', 'コードが不正', 'Invalid code'],
    ['unknown_municipality', '未登録の市区町村', 'Unknown municipality'],
    ['invalid_number', '数値が不正', 'Invalid number'],
    ['negative_population', '人口が負の値', 'Negative population'],
    ['invalid_area', '面積が不正', 'Invalid area'],
    ['outside_japan', '座標が日本の範囲外', 'Coordinates outside Japan'],
    ['duplicate_key', '重複している', 'Duplicate'],
    ['invalid_value', '値が不正', 'Invalid value'],
    ['inconsistent', '値が矛盾している', 'Inconsistent values'],
    ['empty_file', 'データがない', 'No data'],
    ['no_valid_row', '取り込める行がない', 'No row can be imported'],
  ]),
  labelKind('ImportNoteCode', '取り込み時の読み替え', 'Change made while importing', [
    ['code_changed', '市区町村コードを現在のコードに読み替えた', 'Municipality code replaced by the current one'],
    ['retired_unit_left_out', '廃止された区域のため取り込まなかった', 'Retired unit left out'],
    ['prefecture_name_from_code', '都道府県名をコードから補った', 'Prefecture name taken from the code'],
  ]),
  labelKind('DiagnosticSeverity', '分類時の注意の重さ', 'Severity of a classification note', [
    ['error', '除外', 'Left out', '入力の一部を分類から除外した', 'Part of the input was left out of the classification'],
    ['warning', '注意', 'Warning', '数値を補正した、または数値が欠けている', 'A figure was corrected or is missing'],
    ['info', '参考', 'For information'],
  ]),
  labelKind('DiagnosticCode', '分類時の注意', 'Classification note', [
    ['duplicate_municipality', '市区町村が重複している', 'Municipality listed twice'],
    ['invalid_municipality_code', '市区町村コードが不正', 'Invalid municipality code'],
    ['invalid_population', '人口が不正', 'Invalid population'],
    ['invalid_area', '面積が不正', 'Invalid area'],
    ['ward_without_parent_city', '区の属する市がない', 'Ward without its city'],
    ['designated_city_without_wards', '区のない政令指定都市', 'Designated city without wards'],
    ['blocks_of_invalid_municipality', '除外した市区町村の町丁目', 'Town blocks of a municipality left out'],
    ['block_unknown_municipality', '町丁目の市区町村が不明', 'Town block of an unknown municipality'],
    ['block_in_city_classified_by_wards', '区に割り当てられない町丁目', 'Town block not in any ward'],
    ['block_invalid_location', '町丁目の位置が不正', 'Town block without a usable location'],
    ['duplicate_block', '町丁目が重複している', 'Town block listed twice'],
    ['resource_invalid_location', '買い物拠点の位置が不正', 'Shop without a usable location'],
    ['duplicate_resource', '買い物拠点が重複している', 'Shop listed twice'],
    ['resource_category_not_counted', '数えない種類の買い物拠点', 'Shop of a kind the policy does not count'],
    ['resource_not_found', '買い物拠点が見つからない', 'Shop not found'],
    ['missing_75plus', '75歳以上人口がない', 'No figure for people aged 75+'],
    ['block_75plus_exceeds_municipality', '町丁目の75歳以上人口の合計が市区町村を超える', "Town blocks' 75+ exceed the municipality's"],
    ['block_care3plus_exceeds_municipality', '町丁目の要介護3以上の合計が市区町村を超える', "Town blocks' care level 3+ exceed the municipality's"],
    ['care3plus_exceeds_75plus', '要介護3以上が75歳以上人口を超える', 'Care level 3+ exceeds the 75+ population'],
    ['no_town_blocks', '町丁目がない', 'No town blocks'],
  ]),
];
