import { type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, parse } from 'graphql';
import { selectedFieldNames } from '../common/selection';
import { itemsShown, REFERRAL_DETAILS_FIELD_ITEMS, SENIOR_FIELD_ITEMS } from './access-log.policy';

/** The info a resolver of `details` would get for `query`: its field nodes and the fragments. */
function infoFor(query: string, field: string) {
  const doc = parse(query);
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const root = op.selectionSet.selections[0] as FieldNode;
  const fieldNodes = root.selectionSet!.selections.filter((s): s is FieldNode => s.kind === 'Field' && s.name.value === field);
  return { fieldNodes, fragments, operation: op } as never;
}

describe('the access log records which personal items a view actually showed', () => {
  it('maps the selected fields to items, limited to those disclosed, in vocabulary order', () => {
    const selected = ['contactPhone', 'fullNameKana', 'healthNotes', 'items', '__typename'];
    expect(itemsShown(selected, REFERRAL_DETAILS_FIELD_ITEMS, ['full_name', 'address', 'contact_phone', 'care_level'])).toEqual(['full_name', 'contact_phone']);
  });

  it('a selection of nothing personal (only the item names) shows nothing, so nothing is logged', () => {
    expect(itemsShown(['items'], REFERRAL_DETAILS_FIELD_ITEMS, ['full_name'])).toEqual([]);
    expect(itemsShown(['seniorId'], SENIOR_FIELD_ITEMS, ['full_name', 'care_level'])).toEqual([]);
  });

  it('labels count as the item they show (careLevelLabelJa is the care level)', () => {
    expect(itemsShown(['careLevelLabelJa'], SENIOR_FIELD_ITEMS, ['care_level'])).toEqual(['care_level']);
  });

  it('field names that are not data (even “constructor”) map to nothing', () => {
    expect(itemsShown(['constructor', 'toString', 'hasOwnProperty'], SENIOR_FIELD_ITEMS, ['full_name'])).toEqual([]);
  });

  it('reads the selection through aliases, fragments and inline fragments', () => {
    const info = infoFor(
      `query { referral(id: "x") { details { name: fullName ...More ... on DisclosedDetailsView { careLevelLabel } } } }
       fragment More on DisclosedDetailsView { addressText __typename }`,
      'details',
    );
    expect([...selectedFieldNames(info)].sort()).toEqual(['addressText', 'careLevelLabel', 'fullName']);
  });
});
