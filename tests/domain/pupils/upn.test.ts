import { normaliseUpn, upnCheckLetter, upnProblem } from '../../../src/domain';
import { UPNS } from '../../support/pupilBuilder';

describe('UPN', () => {
  it('accepts UPNs whose check letter matches (permanent and temporary)', () => {
    for (const upn of UPNS) expect(upnProblem(upn)).toBeUndefined();
  });
  it('agrees with a published example (B801200005001 valid, A801200005001 not)', () => {
    expect(upnProblem('B801200005001')).toBeUndefined();
    expect(upnProblem('A801200005001')).toMatch(/check letter does not match/);
  });
  it('ignores spaces and case', () => {
    expect(upnProblem(' t93612 3450017 ')).toBeUndefined();
    expect(normaliseUpn(' t93612 3450017 ')).toBe('T936123450017');
  });
  it('rejects a wrong check letter, naming the check letter', () => {
    expect(upnProblem('A936123450017')).toMatch(/check letter does not match/);
  });
  it('rejects a changed digit (the check letter catches it)', () => {
    expect(upnProblem('T936123450018')).toMatch(/check letter does not match/);
  });
  it('rejects the wrong length and the wrong shape', () => {
    expect(upnProblem('T93612345001')).toBe('A UPN has 13 characters; this has 12');
    expect(upnProblem('I936123450017')).toMatch(/I, O and S are never used/);
    expect(upnProblem('T9361234500AB')).toMatch(/a letter, 11 digits/);
  });
  it('computes the check letter from positions 2 to 13, letters by their place without I, O and S', () => {
    expect(upnCheckLetter('936123450017')).toBe('T');
    expect(upnCheckLetter('93612345001A')).toBe('U');
    expect(upnCheckLetter('9361234500O1')).toBeUndefined();
  });
});
