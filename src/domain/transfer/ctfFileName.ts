import type { DfeNumber } from './dfeNumber';

/**
 * Where a CTF goes, as its file name and header name it (the DfE's CTF specification, "File names for CTF"):
 *   - another school: its LA and establishment numbers;
 *   - destination not known: MMM and MMMM (the file is left in the S2S "lost pupils" area for the LA to match);
 *   - a school outside the publicly funded sector in England or Wales: XXX and XXXX.
 */
export type CtfDestination =
  | { readonly kind: 'school'; readonly school: DfeNumber; readonly name?: string }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'outside' };

/** The LEA and Estab the header and the file name give for a destination. */
export function destinationCodes(d: CtfDestination): DfeNumber {
  if (d.kind === 'school') return d.school;
  return d.kind === 'unknown' ? { la: 'MMM', estab: 'MMMM' } : { la: 'XXX', estab: 'XXXX' };
}

const NAME = /^(\d{3})(\d{4})_CTF_([0-9MX]{3})([0-9MX]{4})_(\d{3})\.xml$/i;

/**
 * The file name: source LA and establishment, "CTF", destination LA and establishment, and a 3-digit sequence
 * number counting the files from this source to this destination (001, then 002 …), ".xml".
 */
export function ctfFileName(source: DfeNumber, destination: CtfDestination, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) throw new Error(`A CTF sequence number is 1 to 999, not ${sequence}.`);
  const to = destinationCodes(destination);
  return `${source.la}${source.estab}_CTF_${to.la}${to.estab}_${String(sequence).padStart(3, '0')}.xml`;
}

export interface CtfFileNameParts {
  readonly source: DfeNumber;
  readonly destination: DfeNumber;
  readonly sequence: number;
}

/** The parts of a CTF file name, or undefined when the name is not one. */
export function parseCtfFileName(name: string): CtfFileNameParts | undefined {
  const m = NAME.exec(name.trim());
  if (!m) return undefined;
  return { source: { la: m[1], estab: m[2] }, destination: { la: m[3].toUpperCase(), estab: m[4].toUpperCase() }, sequence: Number(m[5]) };
}

/** The next sequence number from `source` to `destination`, given the names of the files already made. */
export function nextCtfSequence(existing: readonly string[], source: DfeNumber, destination: CtfDestination): number {
  const to = destinationCodes(destination);
  const used = existing
    .map(parseCtfFileName)
    .filter((p): p is CtfFileNameParts => p !== undefined)
    .filter((p) => p.source.la === source.la && p.source.estab === source.estab && p.destination.la === to.la && p.destination.estab === to.estab)
    .map((p) => p.sequence);
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}
