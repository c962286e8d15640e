import { labelKind, type LabelKind } from './label.types';

/** Codes every context means the same way. */
export const COMMON_LABELS: readonly LabelKind[] = [
  labelKind(
    'CareLevel',
    '要介護度（介護保険の認定）',
    'Long-term-care certification level',
    [
      ['none', '認定なし', 'Not certified', '介護保険の認定を受けていない、または申請していない', 'No long-term-care certification, or not applied for'],
      ['support_1', '要支援1', 'Support level 1', '日常生活はほぼ自分でできるが、一部に見守りや手助けが必要', 'Mostly independent; needs some watching over or help'],
      ['support_2', '要支援2', 'Support level 2', '要支援1より手助けが必要だが、介護までは要しない', 'Needs more help than level 1, but not care'],
      ['care_1', '要介護1', 'Care level 1', '立ち上がりや歩行が不安定で、部分的な介護が必要', 'Unsteady standing or walking; needs partial care'],
      ['care_2', '要介護2', 'Care level 2', '食事や排せつなどに一部介助が必要', 'Needs some help with meals, toileting and the like'],
      ['care_3', '要介護3', 'Care level 3', '日常生活のほぼすべてに介護が必要', 'Needs care for almost all daily activities'],
      ['care_4', '要介護4', 'Care level 4', '介護なしでは日常生活を送ることが難しい', 'Daily life is hard without care'],
      ['care_5', '要介護5', 'Care level 5', 'ほぼ寝たきりで、生活全般に介護が必要', 'Mostly bedridden; needs care for everything'],
    ],
    ['OfferingCareLevel', 'OfferingSearchCareLevel', 'CareLevel'],
  ),
  labelKind(
    'Weekday',
    '曜日',
    'Day of the week',
    [
      ['0', '日曜日', 'Sunday'],
      ['1', '月曜日', 'Monday'],
      ['2', '火曜日', 'Tuesday'],
      ['3', '水曜日', 'Wednesday'],
      ['4', '木曜日', 'Thursday'],
      ['5', '金曜日', 'Friday'],
      ['6', '土曜日', 'Saturday'],
    ],
  ),
  labelKind('Coverage', '介護保険の適用', 'Long-term-care insurance coverage', [
    ['covered', '介護保険の対象', 'Covered by long-term-care insurance', '介護保険が使え、自己負担は原則1〜3割', 'Insurance pays; you pay 10–30 %'],
    ['not_covered', '自費（保険外）', 'Self-paid (not covered)', '介護保険は使えず、全額自己負担', 'Not covered; you pay the full price'],
    ['any', 'どちらでもよい', 'Either'],
  ], ['OfferingCoverage', 'Coverage']),
  // One kind for every context: region classifies and matching measures service radii with the same geodesy.
  labelKind('DistanceModel', '距離の測り方', 'How distances are measured', [
    ['ellipsoid:WGS84', '楕円体（WGS84）上の測地線距離', 'Geodesic on the WGS84 ellipsoid', '道のりではなく、地球の形に沿った2点間の最短距離です', 'Not the route: the shortest distance between two points along the Earth’s shape'],
    ['ellipsoid:GRS80', '楕円体（GRS80）上の測地線距離', 'Geodesic on the GRS80 ellipsoid'],
    ['sphere:6371008.8', '球面上の距離（半径6,371,008.8 m）', 'Distance on a sphere (radius 6,371,008.8 m)'],
  ]),
  labelKind('Role', '利用者の役割', "A user's role", [
    ['municipal_staff', '自治体職員', 'Municipal staff'],
    ['care_manager', 'ケアマネジャー', 'Care manager'],
    ['operator', '民間事業者', 'Service operator'],
    ['family', '家族介護者', 'Family caregiver'],
    ['admin', '管理者', 'Administrator'],
    ['system', 'システム', 'System'],
  ]),
];
