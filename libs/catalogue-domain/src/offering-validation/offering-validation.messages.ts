import type { MessagePair } from '../shared/field-error';

/**
 * Every code `validateOffering` can return, with its ja/en message. `{name}` placeholders are
 * filled from the params. Codes are stable API: the catalogue service and web app may
 * switch on them.
 */
export const OFFERING_ERROR_MESSAGES = {
  // generic
  required: { ja: '必須項目です。', en: 'This field is required.' },
  invalid_type: { ja: '値の形式が正しくありません。', en: 'This value has the wrong type.' },
  invalid_value: { ja: '選択できない値です。', en: 'This value is not one of the allowed values.' },
  text_empty: { ja: '空欄にはできません。', en: 'This must not be blank.' },
  text_too_long: { ja: '{max}文字以内で入力してください。', en: 'Use at most {max} characters.' },
  uuid_invalid: { ja: 'IDの形式が正しくありません。', en: 'This id is not in the form the API gives ids.' },
  datetime_invalid: {
    ja: '日時はタイムゾーン付きのISO 8601形式で入力してください。',
    en: 'Use an ISO 8601 date and time with its UTC offset.',
  },
  email_invalid: { ja: 'メールアドレスの形式が正しくありません。', en: 'This is not a valid e-mail address.' },
  phone_invalid: {
    ja: '電話番号は0から始まる10〜11桁（または+81）で入力してください。',
    en: 'Use a Japanese phone number: 10–11 digits starting with 0 (or +81).',
  },
  url_invalid: { ja: 'http(s)で始まるURLを入力してください。', en: 'Use an http(s) URL.' },
  // categories
  categories_empty: { ja: 'サービス分類を1つ以上選んでください。', en: 'Choose at least one category.' },
  category_unknown: { ja: 'この分類は分類表にありません。分類表から選んでください。', en: 'This category is not in the taxonomy; choose one from it.' },
  category_duplicate: { ja: '同じ分類が2回選ばれています。', en: 'This category is chosen twice.' },
  // price
  price_not_number: { ja: '金額は数値（円）で入力してください。', en: 'Enter the amount as a number of yen.' },
  price_negative: { ja: '金額にマイナスは指定できません。', en: 'The amount cannot be negative.' },
  price_not_integer: { ja: '金額は1円単位の整数で入力してください。', en: 'The amount must be whole yen.' },
  price_too_large: { ja: '金額が大きすぎます（1億円以下）。', en: 'The amount is too large (at most ¥100,000,000).' },
  price_unit_invalid: {
    ja: '料金の単位は「1時間あたり」「1回あたり」「1か月あたり」「無料」から選んでください。',
    en: 'Choose the price unit: per hour, per visit, per month or free.',
  },
  price_free_must_be_zero: { ja: '「無料」の場合、金額は0円にしてください。', en: 'A free offering must have an amount of 0.' },
  other_cost_unit_invalid: {
    ja: 'その他費用の単位は「1時間あたり」「1回あたり」「1か月あたり」「1回限り」から選んでください。',
    en: 'Choose the unit of an additional cost: per hour, per visit, per month or one-time.',
  },
  // coverage & eligibility
  coverage_invalid: {
    ja: '介護保険の適用は「適用」「適用外」のいずれかを選んでください。',
    en: 'Choose whether long-term-care insurance covers it or not.',
  },
  care_levels_invalid: {
    ja: '対象の要介護度は「認定不要」または要介護度の一覧で指定してください。',
    en: 'Say that no certification is needed, or list the eligible care levels.',
  },
  care_levels_empty: {
    ja: '対象の要介護度を1つ以上選ぶか「認定不要」にしてください。',
    en: 'Choose at least one care level, or say that no certification is needed.',
  },
  care_level_invalid: {
    ja: '要介護度は要支援1・2、要介護1〜5から選んでください。',
    en: 'Choose care levels from support levels 1–2 and care levels 1–5.',
  },
  care_level_duplicate: { ja: '同じ要介護度が2回選ばれています。', en: 'This care level is chosen twice.' },
  covered_requires_care_level: {
    ja: '介護保険適用のサービスは要介護認定が前提です。対象の要介護度を指定してください。',
    en: 'An insurance-covered service requires a care-need certification: list the eligible care levels.',
  },
  age_invalid: { ja: '年齢は0〜120の整数で入力してください。', en: 'Age must be a whole number from 0 to 120.' },
  age_range_inverted: {
    ja: '上限年齢は下限年齢以上にしてください。',
    en: 'The maximum age must not be below the minimum age.',
  },
  // schedule
  day_invalid: { ja: '曜日は0（日）〜6（土）で指定してください。', en: 'Day must be 0 (Sunday) to 6 (Saturday).' },
  time_invalid: { ja: '時刻はHH:MM（00:00〜23:59）で入力してください。', en: 'Use HH:MM between 00:00 and 23:59.' },
  schedule_end_not_after_start: {
    ja: '終了時刻は開始時刻より後にしてください（日をまたぐ場合は2つに分けてください）。',
    en: 'The closing time must be after the opening time (split overnight hours into two slots).',
  },
  schedule_overlap: {
    ja: '同じ曜日の時間帯が重なっています（{other}番目と重複）。',
    en: 'This slot overlaps slot {other} on the same day.',
  },
  // capacity & languages
  capacity_status_invalid: {
    ja: '受入状況は「受付中」「空き待ち」「満員」から選んでください。',
    en: 'Choose the capacity: accepting new users, waiting list or full.',
  },
  languages_empty: { ja: '対応言語を1つ以上指定してください。', en: 'List at least one language.' },
  language_tag_invalid: {
    ja: '対応言語の書き方が正しくありません（日本語は ja、英語は en のような言語タグで指定します）。',
    en: 'This language is not written as a language tag (ja for Japanese, en for English…).',
  },
  language_duplicate: { ja: '同じ言語が2回指定されています。', en: 'This language is listed twice.' },
  // service area
  service_area_kind_invalid: {
    ja: 'サービス提供地域は「市区町村の一覧」「拠点からの半径」「地図上の区域」のいずれかで指定してください。',
    en: 'Give the service area as a list of municipalities, a radius around a base, or an area drawn on a map.',
  },
  municipality_codes_empty: { ja: '市区町村を1つ以上指定してください。', en: 'List at least one municipality.' },
  municipality_code_invalid: {
    ja: '市区町村コードは5桁の全国地方公共団体コード（JIS X 0402）で指定してください。',
    en: 'Give a municipality as its 5-digit JIS X 0402 code.',
  },
  municipality_code_unknown: {
    ja: 'この市区町村コードの市区町村はありません。',
    en: 'No municipality has this code.',
  },
  municipality_code_duplicate: {
    ja: '同じ市区町村が2回指定されています。',
    en: 'This municipality is listed twice.',
  },
  coordinate_invalid: { ja: '緯度・経度の値が正しくありません。', en: 'Latitude/longitude out of range.' },
  base_outside_japan: {
    ja: '拠点の位置が日本国内（北緯20〜46度、東経122〜154度）にありません。',
    en: 'The base point is outside Japan (lat 20–46, lng 122–154).',
  },
  radius_not_positive: { ja: '半径は0より大きくしてください。', en: 'The radius must be greater than 0.' },
  radius_too_large: { ja: '半径は100km以内にしてください。', en: 'The radius must be at most 100 km.' },
  geometry_type_invalid: { ja: '区域の形はGeoJSONのPolygonで指定してください。', en: 'The area must be a GeoJSON Polygon.' },
  position_invalid: {
    ja: '座標は[経度, 緯度]の数値の組で指定してください。',
    en: 'A position must be [longitude, latitude] numbers.',
  },
  polygon_rings_empty: { ja: '区域の外周がありません。', en: 'The polygon has no outer ring.' },
  polygon_ring_too_few_positions: {
    ja: '区域の各リングには4点以上（始点と終点は同じ）が必要です。',
    en: 'Each polygon ring needs at least 4 positions (first = last).',
  },
  polygon_ring_not_closed: {
    ja: '区域のリングが閉じていません（始点と終点を同じ座標にしてください）。',
    en: 'The polygon ring is not closed: its first and last positions must be equal.',
  },
  polygon_ring_degenerate: {
    ja: '区域のリングが面になっていません（異なる点が3つ未満か面積が0です）。',
    en: 'The polygon ring encloses no area (fewer than 3 distinct positions, or zero area).',
  },
  polygon_self_intersecting: {
    ja: '区域の境界が交差しています（経度{lng}, 緯度{lat}付近）。',
    en: 'The polygon boundary crosses itself (near lng {lng}, lat {lat}).',
  },
  polygon_hole_outside_outer: {
    ja: '区域の穴（除外区域）が外周の内側に収まっていません。',
    en: 'A hole of the polygon is not inside its outer ring.',
  },
  polygon_holes_overlap: { ja: '区域の穴どうしが重なっています。', en: 'Two holes of the polygon overlap.' },
  polygon_outside_japan: {
    ja: '区域の座標が日本国内（北緯20〜46度、東経122〜154度）にありません。',
    en: 'A polygon position is outside Japan (lat 20–46, lng 122–154).',
  },
  // disclosure shapes
  liability_insurance_invalid: {
    ja: '賠償責任保険は、加入しているかどうかを指定してください。',
    en: 'Say whether the operator has liability insurance.',
  },
  effect_claim_invalid: {
    ja: '効果をうたうかどうかを指定してください。',
    en: 'Say whether an effect is claimed.',
  },
} as const satisfies Record<string, MessagePair>;

export type OfferingErrorCode = keyof typeof OFFERING_ERROR_MESSAGES;
