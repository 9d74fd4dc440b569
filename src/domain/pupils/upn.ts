/**
 * The Unique Pupil Number (UPN): 13 characters. Character 1 is a check letter; characters 2–12 are digits
 * (LA number, establishment number, year, serial); character 13 is a digit, or a letter in a temporary UPN.
 * The check letter is the sum of characters 2–13, each multiplied by its position (2–13, letters counted by
 * their place in the 23-letter alphabet without I, O and S), modulo 23, read back through the same alphabet
 * (DfE "Unique pupil numbers" guidance, Annex on the check letter).
 */
export const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const SHAPE = /^[A-HJ-NP-RT-Z]\d{11}[\dA-HJ-NP-RT-Z]$/;

/** The check letter for the last twelve characters of a UPN, or undefined when they are not UPN characters. */
export function upnCheckLetter(rest: string): string | undefined {
  if (!/^\d{11}[\dA-HJ-NP-RT-Z]$/.test(rest)) return undefined;
  let sum = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    const value = /\d/.test(c) ? Number(c) : UPN_LETTERS.indexOf(c);
    sum += value * (i + 2);
  }
  return UPN_LETTERS[sum % 23];
}

/** Why a UPN is not valid, in words for staff; undefined when it is valid. Spaces are ignored, letters upper-cased. */
export function upnProblem(value: string): string | undefined {
  const upn = normaliseUpn(value);
  if (upn.length !== 13) return `A UPN has 13 characters; this has ${upn.length}`;
  if (!SHAPE.test(upn)) return 'A UPN is a letter, 11 digits, then a digit (or a letter for a temporary UPN); I, O and S are never used';
  if (upnCheckLetter(upn.slice(1)) !== upn[0]) return 'This UPN’s check letter does not match its digits: check it against the pupil’s common transfer file';
  return undefined;
}

export const normaliseUpn = (value: string): string => value.replace(/\s+/g, '').toUpperCase();
