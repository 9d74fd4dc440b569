/** Minimal, dependency-free XML writing helpers: the provisioning template and the field schemas setup sends. */

// XML 1.0 forbids these characters outright (even escaped).
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Escapes text for use in element content or a double-quoted attribute value. */
export function escapeXml(value: string): string {
  if (ILLEGAL_XML_CHARS.test(value)) {
    throw new Error(`Value contains a character XML cannot hold: ${JSON.stringify(value)}`);
  }
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

export type AttrValue = string | number | undefined;
/** Attributes in output order; undefined values are left out. */
export type Attrs = ReadonlyArray<readonly [name: string, value: AttrValue]>;

export function renderAttrs(attrs: Attrs): string {
  return attrs
    .filter((entry): entry is readonly [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** CAML booleans are upper case. */
export const caml = (value: boolean): string => (value ? 'TRUE' : 'FALSE');
/** xsd:boolean (the pnp: attributes). */
export const xsdBool = (value: boolean): string => (value ? 'true' : 'false');

/**
 * An element: self-closing when it has no children; children are already-rendered lines, indented one level.
 * `text` renders inline content instead of children.
 */
export function element(name: string, attrs: Attrs, children: readonly string[] = [], text?: string): string[] {
  const open = `<${name}${renderAttrs(attrs)}`;
  if (text !== undefined) return [`${open}>${escapeXml(text)}</${name}>`];
  if (children.length === 0) return [`${open} />`];
  return [`${open}>`, ...children.map((line) => `  ${line}`), `</${name}>`];
}
