/**
 * The Unique Pupil Number (DfE): 13 characters, a check letter then 12 digits (a temporary UPN ends in a letter).
 * The check letter is the sum of characters 2–13, each multiplied by its position (2–13), modulo 23, as a letter
 * of ABCDEFGHJKLMNPQRTUVWXYZ; a letter in position 13 counts as its place in that alphabet.
 */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export function upnCheckLetter(rest: string): string | undefined {
  if (!/^\d{11}[0-9A-Z]$/.test(rest)) return undefined;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const c = rest[i];
    const value = /\d/.test(c) ? Number(c) : CHECK_LETTERS.indexOf(c);
    if (value < 0) return undefined;
    sum += value * (i + 2);
  }
  return CHECK_LETTERS[sum % 23];
}

/** Why a UPN is not valid, or undefined when it is. */
export function upnProblem(upn: string): string | undefined {
  const u = upn.trim().toUpperCase();
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(u)) return `'${upn}' is not a UPN: a UPN is a letter followed by 12 characters, like A123456789012`;
  if (upnCheckLetter(u.slice(1)) !== u[0]) return `'${upn}' is not a valid UPN: its check letter does not match (check it was typed correctly)`;
  return undefined;
}

/** A UPN with the right check letter, for test data and examples: upnWith('82060112300') etc. */
export function withCheckLetter(rest: string): string {
  const letter = upnCheckLetter(rest);
  if (!letter) throw new Error(`'${rest}' cannot be the end of a UPN`);
  return `${letter}${rest}`;
}
