/**
 * A school's DfE number (LAESTAB): the 3-digit local authority number and the 4-digit establishment number, as
 * written "8231234" or "823/1234". A CTF names its source and destination by these (the DfE's CTF specification,
 * "File names for CTF" and the message header's LEA and Estab).
 */
export interface DfeNumber {
  readonly la: string;
  readonly estab: string;
}

/** The number read from what a person typed, or a message saying what is wrong with it. */
export function parseDfeNumber(text: string): DfeNumber | { readonly problem: string } {
  const compact = text.replace(/[\s/-]/g, '');
  if (compact === '') return { problem: 'Enter the DfE number: the 3-digit LA number and 4-digit establishment number, like 823/4001' };
  if (!/^\d{7}$/.test(compact))
    return { problem: `'${text.trim()}' is not a DfE number: enter 7 digits, the LA number then the establishment number, like 823/4001` };
  return { la: compact.slice(0, 3), estab: compact.slice(3) };
}

export const isDfeNumber = (v: DfeNumber | { readonly problem: string }): v is DfeNumber => 'la' in v;

export const formatDfeNumber = (n: DfeNumber): string => `${n.la}/${n.estab}`;
