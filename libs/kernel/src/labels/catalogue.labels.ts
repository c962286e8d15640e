import { labelKind, type LabelKind } from './label.types';

/**
 * The catalogue context's codes. The words agree with the catalogue domain's own (HSDS unit and
 * capacity terms, listing status words, disclosure items); apps/catalogue has a unit test that
 * checks they do, since the kernel may not import the domain.
 */
export const CATALOGUE_LABELS: readonly LabelKind[] = [
  labelKind(
    'PriceUnit',
    '料金の単位',
    'Price unit',
    [
      ['free', '無料', 'Free'],
      ['per_hour', '1時間あたり', 'Per hour'],
      ['per_visit', '1回あたり', 'Per visit'],
      ['per_month', '1か月あたり', 'Per month'],
      ['one_time', '1回限り', 'One-time', '初回登録料など、一度だけかかる費用', 'Paid once, e.g. a registration fee'],
    ],
    ['OfferingPriceUnit', 'OfferingOtherCostUnit'],
  ),
  labelKind(
    'CapacityStatus',
    '受入状況',
    'Capacity',
    [
      ['available', '受付中', 'Accepting new users', '新しい利用者を受け付けています', 'New users can start'],
      ['waitlist', '空き待ち', 'Waiting list', '申し込めますが、利用開始まで待つことがあります', 'You can apply, but may have to wait to start'],
      ['full', '満員', 'Full', '現在は新しい利用者を受け付けていません', 'Not accepting new users at present'],
    ],
    ['OfferingCapacityStatus'],
  ),
  labelKind(
    'ListingStatus',
    '掲載の状態',
    'Listing status',
    [
      ['draft', '下書き', 'Draft', '事業者が作成中で、まだ審査に出していません', 'Being written by the operator; not yet submitted'],
      ['submitted', '審査待ち', 'Submitted for review', '自治体の審査担当者の確認を待っています', 'Waiting for a municipal reviewer'],
      ['published', '掲載中', 'Published', '検索で誰でも見つけられます', 'Anyone can find it in search'],
      ['returned', '差し戻し', 'Returned', '審査担当者が修正を求めて差し戻しました', 'The reviewer asked for changes'],
      ['withdrawn', '掲載終了', 'Withdrawn', '事業者が掲載を終了しました', 'The operator took it down'],
    ],
    ['ListingStatus'],
  ),
  labelKind(
    'ListingAction',
    '掲載の手続き',
    'Listing step',
    [
      ['create', '作成', 'Created'],
      ['submit', '審査に提出', 'Submitted for review'],
      ['edit', '編集', 'Edited'],
      ['publish', '掲載承認', 'Published'],
      ['return', '差し戻し', 'Returned'],
      ['withdraw', '掲載終了', 'Withdrawn'],
      ['import', '取り込み', 'Imported', 'HSDS形式のデータから取り込みました', 'Imported from an HSDS document'],
    ],
    ['ListingAction'],
  ),
  labelKind(
    'ListingActorRole',
    '手続きをした人の立場',
    'Who took the step',
    [
      ['operator', '事業者', 'Operator'],
      ['municipal_reviewer', '自治体の審査担当者', 'Municipal reviewer'],
      ['admin', '運営管理者', 'Platform administrator'],
    ],
    ['ListingActorRole'],
  ),
  labelKind(
    'ServiceAreaKind',
    '提供地域の指定方法',
    'How the service area is given',
    [
      ['municipalities', '市区町村の一覧', 'List of municipalities'],
      ['radius', '拠点からの半径', 'Radius around a base'],
      ['polygon', '地図上の区域', 'Area drawn on a map'],
    ],
    ['ServiceAreaKind'],
  ),
  labelKind(
    'Beneficiary',
    '主に役立つ相手',
    'Who benefits',
    [
      ['senior_and_family', '高齢者本人と家族', 'The senior and the family'],
      ['mainly_family', '主に家族（介護者）', 'Mainly the family caregiver'],
    ],
    ['Beneficiary'],
  ),
  labelKind('DisclosureItem', '共通開示項目', 'Common disclosure item', [
    ['price', '料金', 'Price'],
    ['coverage', '介護保険の適用', 'Long-term care insurance coverage'],
    ['staffQualifications', 'スタッフの資格', 'Staff qualifications'],
    ['liabilityInsurance', '賠償責任保険', 'Liability insurance'],
    ['complaintDesk', '苦情・相談窓口', 'Complaint desk'],
    ['cancellationTerms', 'キャンセル・解約条件', 'Cancellation terms'],
    ['effectEvidence', '効果の根拠', 'Evidence of effect'],
  ]),
  labelKind(
    'OfferingSearchMatchField',
    '検索語が見つかった項目',
    'Where the search text matched',
    [
      ['title', 'サービス名', 'Title'],
      ['category', 'サービス分類', 'Category'],
      ['description', '説明', 'Description'],
      ['operator', '事業者名', 'Operator name'],
    ],
    ['OfferingSearchMatchField'],
  ),
  labelKind(
    'OfferingSearchOrder',
    '検索結果の並び順',
    'Search result order',
    [
      ['relevance', '関連度順（同じならサービス名順）', 'By relevance, then title'],
      ['relevance_distance', '関連度順（同じなら近い順）', 'By relevance, then distance'],
      ['distance', '近い順', 'Nearest first'],
      ['title', 'サービス名順', 'By title'],
    ],
    ['OfferingSearchOrder'],
  ),
];
