import { LISTS } from '../../../src/lists';
import { fieldGuid, PATHWAYS_FIELD_NAMESPACE, uuidV5 } from '../../../tools/provisioning/fieldGuid';

describe('fieldGuid', () => {
  it('implements UUID v5 (RFC 9562 test vector: www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable across runs: these ids are in production sites, so they must never change', () => {
    expect(PATHWAYS_FIELD_NAMESPACE).toBe('3c9f2d61-7a4e-4b8c-9d15-6e0a2f7b8c43');
    expect(fieldGuid('pupils', 'PwPupilRef')).toBe(fieldGuid('pupils', 'PwPupilRef'));
    expect(fieldGuid('settings', 'PwKey')).toBe('72ec65c1-b61b-5f02-8a88-5d7a22d41bef');
  });

  it('gives a version 5, RFC-variant, lower-case GUID', () => {
    expect(fieldGuid('pips', 'PwPreviousPip')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('differs between lists for the same internal name, and is unique across every declared column', () => {
    expect(fieldGuid('pupilHistory', 'PwReason')).not.toBe(fieldGuid('attendanceAmendments', 'PwReason'));
    const ids = LISTS.flatMap((list) => list.fields.map((field) => fieldGuid(list.key, field.internalName)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses empty input and a malformed namespace', () => {
    expect(() => fieldGuid('', 'PwKey')).toThrow();
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/Not a UUID/);
  });
});
