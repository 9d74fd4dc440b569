/**
 * Letters shared per kind (docs/sharing.md, "Letters by kind"): the defaults (only the termly progress report is
 * filed where the home school reads it), where each kind is filed, and the settings' validation (a kind missing from
 * stored settings takes its default; a value that is not yes or no is refused in words).
 */
import { DEFAULT_SETTINGS, LETTER_KINDS, LETTER_SHARING_KEYS, homeSchoolSharingSchema, letterPlace, sharedLetterKeys, validateSettings } from '../../../src/domain';

describe('letters shared per kind', () => {
  it('shares only the termly progress report by default: the family’s letters, agreements and transfer files are PRU-only', () => {
    const defaults = DEFAULT_SETTINGS.homeSchoolSharing.letterKinds;
    expect(LETTER_KINDS.map((k) => [k, letterPlace(k, defaults)])).toEqual([
      ['PIP timetable', 'pru-only'],
      ['Other', 'pru-only'],
      ['Common transfer file', 'pru-only'],
      ['Attendance transfer', 'pru-only'],
      ['Termly progress report', 'shared'],
      ['PIP agreement', 'pru-only'],
    ]);
    expect(sharedLetterKeys(defaults)).toEqual(['termlyProgressReport']);
  });

  it('files each kind where its own setting says', () => {
    const kinds = { ...DEFAULT_SETTINGS.homeSchoolSharing.letterKinds, [LETTER_SHARING_KEYS['PIP timetable']]: true, [LETTER_SHARING_KEYS['Termly progress report']]: false };
    expect(letterPlace('PIP timetable', kinds)).toBe('shared');
    expect(letterPlace('Termly progress report', kinds)).toBe('pru-only');
    expect(letterPlace('PIP agreement', kinds)).toBe('pru-only');
    expect(sharedLetterKeys(kinds)).toEqual(['pipTimetable']);
  });

  it('gives settings stored before the kinds existed their defaults, and a kind left out its own default', () => {
    const old = homeSchoolSharingSchema.parse({ letters: true, pips: false });
    expect(old.letterKinds).toEqual(DEFAULT_SETTINGS.homeSchoolSharing.letterKinds);
    const partial = homeSchoolSharingSchema.parse({ letterKinds: { pipAgreement: true } });
    expect(partial.letterKinds).toMatchObject({ pipAgreement: true, termlyProgressReport: true, pipTimetable: false });
  });

  it('refuses a value that is not yes or no, naming the kind', () => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, homeSchoolSharing: { ...DEFAULT_SETTINGS.homeSchoolSharing, letterKinds: { ...DEFAULT_SETTINGS.homeSchoolSharing.letterKinds, pipAgreement: 'maybe' } } });
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toContain('Tick or untick “Signed PIP agreements (the parent’s or carer’s signature and address)”');
  });
});
