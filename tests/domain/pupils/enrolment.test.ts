import {
  changeNeedsReason,
  duplicateMessage,
  enrolmentReminders,
  enrolmentSchema,
  findDuplicatePupils,
  nextPupilRef,
  pupilChangesBetween,
  pupilSchema,
} from '../../../src/domain';
import { FULL_DETAILS, UPNS, pupilRecord } from '../../support/pupilBuilder';
import { STAFF, issuesOf } from '../helpers';

const full = pupilRecord('PH-0001', FULL_DETAILS);

describe('the extended pupil record', () => {
  it('accepts every field the enrolment form records', () => {
    expect(issuesOf(enrolmentSchema, full)).toEqual({});
    const parsed = pupilSchema.parse(full);
    expect(parsed.emergencyContacts).toEqual([{ name: 'Jamie Hale', relationship: 'Aunt', phone: '07700 900003' }]);
    expect(parsed.otherCarers?.[0].parentalResponsibility).toBe(true);
  });
  it('normalises the UPN and rejects one with a wrong check letter', () => {
    expect(pupilSchema.parse({ ...full, upn: ' t9361 2345 0017' }).upn).toBe('T936123450017');
    expect(issuesOf(pupilSchema, { ...full, upn: 'A936123450017' }).upn?.[0]).toMatch(/check letter/);
  });
  it('names the repeating item and field that is wrong', () => {
    const bad = { ...full, emergencyContacts: [{ name: 'Jamie Hale', relationship: 'Aunt', phone: '' }], otherCarers: [{ name: '', relationship: 'Father' }] };
    expect(issuesOf(pupilSchema, bad)).toEqual({
      'emergencyContacts.0.phone': ['Enter a phone number for the emergency contact'],
      'otherCarers.0.name': ['Enter the parent or carer’s name'],
    });
  });
  it('limits the number of emergency contacts', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `Contact ${i}`, relationship: 'Friend', phone: `07700 90010${i}` }));
    expect(issuesOf(pupilSchema, { ...full, emergencyContacts: six })).toEqual({ emergencyContacts: ['Record at most 5 emergency contacts'] });
  });
  it('needs a leaving date for a destination, and a destination for a leaver when saved from the form', () => {
    expect(issuesOf(pupilSchema, { ...full, leavingDestination: 'Returned to the home school' })).toEqual({
      leavingDate: ['Enter the leaving date for the destination recorded'],
    });
    expect(issuesOf(pupilSchema, { ...full, leavingDate: '2026-12-18' })).toEqual({});
    expect(issuesOf(enrolmentSchema, { ...full, leavingDate: '2026-12-18' })).toEqual({ leavingDestination: ['Choose where the pupil went on leaving'] });
  });
  it('the form asks for the looked-after child’s local authority and the main carer’s relationship', () => {
    expect(issuesOf(enrolmentSchema, { ...full, lacLocalAuthority: undefined, parentRelationship: ' ' })).toEqual({
      lacLocalAuthority: ['Enter the local authority that looks after the child'],
      parentRelationship: ['Enter how the main parent or carer is related to the pupil'],
    });
  });
});

describe('enrolment reminders', () => {
  it('says the SEND policy puts every pupil on roll at SEN support when N is chosen', () => {
    const r = enrolmentReminders(pupilSchema.parse({ ...full, senProvision: 'N', primaryNeed: undefined, secondaryNeed: undefined }));
    expect(r.map((i) => i.path[0])).toEqual(['senProvision']);
    expect(r[0].message).toMatch(/SEND policy puts every pupil on roll at SEN support/);
  });
  it('reminds about a missing emergency contact, social worker, healthcare plan and UPN', () => {
    const r = enrolmentReminders(
      pupilSchema.parse({ ...full, emergencyContacts: [], socialWorkerName: undefined, healthCarePlanRef: undefined, upn: undefined }),
    );
    expect(r.map((i) => i.path[0])).toEqual(['emergencyContacts', 'socialWorkerName', 'healthCarePlanRef', 'upn']);
  });
  it('has nothing to say about a complete record', () => {
    expect(enrolmentReminders(pupilSchema.parse(full))).toEqual([]);
  });
});

describe('duplicate pupils', () => {
  const existing = [
    { ...pupilRecord('PH-0001', { firstName: 'Jordan', lastName: 'Hale', upn: UPNS[0] }), id: 1 },
    { ...pupilRecord('PH-0002', { firstName: 'Casey', lastName: 'Marsh', dateOfBirth: '2012-01-31', leavingDate: '2026-10-23' }), id: 2 },
  ];
  it('finds the same UPN', () => {
    const d = findDuplicatePupils({ ...pupilRecord('PH-0009', { upn: 't936123450017' }) }, existing);
    expect(d).toEqual([{ id: 1, reason: 'upn', message: 'UPN T936123450017 is already recorded for Hale, Jordan (PH-0001).' }]);
  });
  it('finds the same name and date of birth whatever the case, including a leaver', () => {
    const d = findDuplicatePupils({ firstName: ' casey', lastName: 'MARSH ', dateOfBirth: '2012-01-31' }, existing);
    expect(d.map((x) => [x.id, x.reason])).toEqual([[2, 'name-and-birth']]);
    expect(duplicateMessage(d)).toBe(
      'This pupil may already be on the register: Marsh, Casey (PH-0002, left 23/10/2026) has the same name and date of birth (31/01/2012). Open the existing record instead, or correct the details.',
    );
  });
  it('finds a pupil reference already used', () => {
    const d = findDuplicatePupils(pupilRecord('ph-0002', { firstName: 'New', lastName: 'Pupil' }), existing);
    expect(d).toEqual([{ id: 2, reason: 'reference', message: 'Pupil reference PH-0002 is already used by Marsh, Casey (PH-0002, left 23/10/2026).' }]);
  });
  it('does not match a different date of birth, or the record itself', () => {
    expect(findDuplicatePupils({ firstName: 'Casey', lastName: 'Marsh', dateOfBirth: '2012-02-01' }, existing)).toEqual([]);
    expect(findDuplicatePupils({ ...existing[0] }, existing)).toEqual([]);
  });
});

describe('the next pupil reference', () => {
  it('continues the most used prefix', () => {
    expect(nextPupilRef(['PH-0001', 'PH-0041', 'PH-0007', 'OLD-9'])).toBe('PH-0042');
    expect(nextPupilRef(['PLC26-001', 'PLC26-002', 'PLC25-040'])).toBe('PLC26-003');
  });
  it('starts at PH-0001 on an empty register', () => {
    expect(nextPupilRef([])).toBe('PH-0001');
  });
});

describe('history of need and registration changes', () => {
  const before = { ...pupilSchema.parse(full), id: 7 };
  const ctx = { effective: '2026-11-20', reason: 'Placement review', changedBy: STAFF, schoolName: (id: number) => `School ${id}` };
  it('records a change of need (ranked) and of registration', () => {
    const after = pupilSchema.parse({ ...full, primaryNeed: 'ASD', secondaryNeed: 'SEMH', registration: 'Dual', homeSchoolId: 3 });
    expect(changeNeedsReason(before, after)).toBe(true);
    expect(pupilChangesBetween(before, after, ctx).map((c) => [c.kind, c.from, c.to])).toEqual([
      ['Need', 'SEMH, SLCN', 'ASD, SEMH'],
      ['Registration', 'Single', 'Dual'],
      ['Home school', 'None', 'School 3'],
    ]);
  });
  it('asks for a reason when only the named staff change', () => {
    expect(changeNeedsReason(before, { ...before, namedContactIds: [4] })).toBe(true);
    expect(changeNeedsReason(before, { ...before, preferredName: 'JJ' })).toBe(false);
  });
});
