import { ImportRejected } from './import.errors';
import { parseMunicipalities } from './municipalities.parser';

const header = 'lg_code6,name,pref_name,population,area_km2,pop_75plus,care3plus';

function reject(csv: string) {
  try {
    parseMunicipalities('m.csv', Buffer.from(csv));
  } catch (e) {
    return (e as ImportRejected).issues.map((i) => [i.line, i.column, i.code]);
  }
  throw new Error('expected rejection');
}

describe('municipality files', () => {
  it('accepts 6-digit codes with the right check digit and stores the 5-digit JIS code', () => {
    const [row] = parseMunicipalities('m.csv', Buffer.from(`${header}\n372013,高松市,香川県,417496,375.41,60659,`));
    expect(row).toMatchObject({ code: '37201', lgCode6: '372013', prefectureCode: '37', population: 417496, pop75plus: 60659, care3plus: null });
  });

  it('rejects a wrong check digit, a negative population, a zero area and care3+ above 75+', () => {
    expect(
      reject(`${header}\n372014,高松市,香川県,417496,375.41,,\n37202,丸亀市,香川県,-5,111.8,,\n37203,坂出市,香川県,50624,0,,\n37204,善通寺市,香川県,31631,39.9,100,200`),
    ).toEqual([
      [2, 'lg_code6', 'invalid_code'],
      [3, 'population', 'negative_population'],
      [4, 'area_km2', 'invalid_area'],
      [5, 'care3plus', 'inconsistent'],
    ]);
  });

  it('reads the shared municipality master layout, including designated-city wards and their parent', () => {
    const csv = [
      'jis_code5,lg_code6,pref_name,name,unit_type,parent_code5,census2020_pop,area_km2_from_census_density,jumin2022_pop_75plus',
      '01100,011002,北海道,札幌市,designated_city,,1973395,1121.3,269881',
      '01101,011011,北海道,札幌市中央区,designated_city_ward,01100,248680,46.42,29000',
    ].join('\n');
    const rows = parseMunicipalities('master.csv', Buffer.from(csv));
    expect(rows.map((r) => [r.code, r.unitType, r.parentCode])).toEqual([
      ['01100', 'designated_city', null],
      ['01101', 'designated_city_ward', '01100'],
    ]);
  });

  it('rejects a duplicate code in the same file', () => {
    expect(reject(`${header}\n37201,高松市,香川県,1,1,,\n37201,高松市,香川県,1,1,,`)).toEqual([[3, 'lg_code6', 'duplicate_key']]);
  });

  it('import.duplicate-municipality-is-named-in-words-not-by-code', () => {
    try {
      parseMunicipalities('m.csv', Buffer.from(`${header}\n37201,高松市,香川県,1,1,,\n37201,高松市,香川県,1,1,,`));
      throw new Error('expected rejection');
    } catch (e) {
      const [issue] = (e as ImportRejected).issues;
      expect(issue.messageJa).toBe('高松市の市区町村コードは2行目と重複しています');
      expect(issue.messageEn).not.toMatch(/\d{5}/);
      expect(issue.value).toBe('37201');
    }
  });
});
