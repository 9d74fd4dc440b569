/**
 * Reads a .docx back with third-party readers (fflate unzips, fast-xml-parser parses WordprocessingML): the text of
 * each paragraph, and each table as rows of cell texts, so tests check what Word shows rather than our own objects.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false, parseTagValue: false });

function textOf(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  let out = '';
  for (const n of nodes as Node[]) {
    if ('#text' in n) out += String(n['#text']);
    for (const [k, v] of Object.entries(n)) if (k !== ':@' && k !== '#text' && k !== 'w:instrText') out += textOf(v);
  }
  return out;
}

export interface DocxContent {
  /** Every paragraph outside tables, in order. */
  readonly paragraphs: string[];
  /** Every table: rows of cell texts. */
  readonly tables: string[][][];
  /** Every file name in the package. */
  readonly files: string[];
  /** The raw document.xml. */
  readonly xml: string;
}

export function readDocx(docx: Uint8Array): DocxContent {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']);
  const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const doc = parser.parse(xml) as Node[];
  const body = ((doc.find((n) => 'w:document' in n) as Node)['w:document'] as Node[]).find((n) => 'w:body' in n) as Node;
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  for (const n of body['w:body'] as Node[]) {
    if ('w:p' in n) paragraphs.push(decode(textOf(n['w:p'])));
    if ('w:tbl' in n)
      tables.push(
        (n['w:tbl'] as Node[])
          .filter((r) => 'w:tr' in r)
          .map((r) => (r['w:tr'] as Node[]).filter((c) => 'w:tc' in c).map((c) => decode(textOf(c['w:tc'])))),
      );
  }
  return { paragraphs: paragraphs.filter((p) => p !== ''), tables, files: Object.keys(files), xml };
}
