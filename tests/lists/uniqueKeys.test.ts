/**
 * The values the product puts in unique columns where a record has none of its own (src/lists/uniqueKeys.ts) fit
 * every column declared unique, whatever list declares one: the rule is driven by the schema.
 */
import { LISTS, fieldOf, folderKey, folderKeyValues, legacyKey, uniqueFields } from '../../src/lists';

const maxOf = (f: { maxLength?: number }): number => f.maxLength ?? 255;
const pupilRefMax = maxOf(fieldOf('pupils', 'PwPupilRef'));

test('every unique column is single-line text (it can hold folder:… and legacy:… values)', () => {
  for (const def of LISTS) for (const f of uniqueFields(def)) expect([def.key, f.internalName, f.kind]).toEqual([def.key, f.internalName, 'Text']);
});

test('a pupil folder’s key (folder:<pupil ref>) fits every unique column of every pupil-folder list', () => {
  const longestRef = 'X'.repeat(pupilRefMax);
  for (const def of LISTS.filter((l) => l.security === 'pupil-folder')) {
    const values = folderKeyValues(def, longestRef);
    expect(Object.keys(values).sort()).toEqual(uniqueFields(def).map((f) => f.internalName).sort());
    for (const f of uniqueFields(def)) expect([def.key, f.internalName, values[f.internalName].length <= maxOf(f)]).toEqual([def.key, f.internalName, true]);
  }
});

test('an Upgrade’s values fit the column: legacy:<id>, or a shorter form for a narrow column; folders by name or id', () => {
  for (const def of LISTS) {
    for (const f of uniqueFields(def)) {
      for (const id of [1, 99999, 1234567]) expect(legacyKey(f, id).length).toBeLessThanOrEqual(maxOf(f));
      expect(folderKey(f, 'Y'.repeat(300), 42).length).toBeLessThanOrEqual(maxOf(f));
    }
  }
  const narrow = { internalName: 'PwPupilKey', displayName: 'Pupil item id', kind: 'Text' as const, unique: true, maxLength: 12 };
  expect([legacyKey(narrow, 7), legacyKey(narrow, 1234567)]).toEqual(['legacy:7', '~1234567']);
  expect([folderKey(narrow, 'PH-1'), folderKey(narrow, 'PH-0001-LONG', 42)]).toEqual(['folder:PH-1', 'folder:#42']);
});
