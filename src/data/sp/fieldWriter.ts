/**
 * Writes SharePoint item payloads generically, from the list schema declared in src/lists (the write half of
 * fieldCodec.ts, imported only by the modules that write: a first screen that only reads loads none of it).
 */
import type { FieldDefinition, ListDefinition } from '../../lists';
import { restName, type FieldValue, type FieldValues } from './fieldCodec';
import type { SiteRegional } from './siteRegional';
import { londonMidnightUtc, wallClockIn } from './spDates';

function writeValue(f: FieldDefinition, v: FieldValue): unknown {
  if (v === null) return null;
  if (f.kind === 'DateTime' && typeof v === 'string') return f.dateOnly ? londonMidnightUtc(v) : v;
  return v;
}

/** JSON body for add / MERGE from internal-name → value (only the keys present are written). */
export function writePayload(list: ListDefinition, values: Partial<FieldValues>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (values.Title !== undefined) body.Title = values.Title;
  for (const f of list.fields) {
    const v = values[f.internalName];
    if (v !== undefined) body[restName(f)] = writeValue(f, v);
  }
  return body;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A calendar date in the site's date order: 23/02/2012 (en-GB) or 2/23/2012 (en-US). */
function formDate(y: number, m: number, d: number, r: SiteRegional): string {
  return r.dayFirst ? `${pad2(d)}/${pad2(m)}/${y}` : `${m}/${d}/${y}`;
}

/** An instant as the site's wall-clock date and time: 23/02/2012 14:25 (en-GB) or 2/23/2012 2:25 PM (en-US). */
function formDateTime(instantIso: string, r: SiteRegional): string {
  const { y, m, d, h, min } = wallClockIn(instantIso, r.timeZone);
  const clock = r.time24 ? `${pad2(h)}:${pad2(min)}` : `${h % 12 === 0 ? 12 : h % 12}:${pad2(min)} ${h < 12 ? 'AM' : 'PM'}`;
  return `${formDate(y, m, d, r)} ${clock}`;
}

function formValue(f: FieldDefinition, v: FieldValue, r: SiteRegional): string {
  if (v === null) return '';
  switch (f.kind) {
    case 'Boolean':
      return v ? '1' : '0';
    case 'DateTime': {
      const s = String(v);
      if (f.dateOnly) {
        const [y, m, d] = s.split('-').map(Number);
        return formDate(y, m, d, r);
      }
      return formDateTime(s, r);
    }
    case 'LookupMulti':
      return (v as number[]).map((id) => `${id};#`).join(';#');
    case 'MultiChoice':
      return `;#${(v as string[]).join(';#')};#`;
    default:
      return String(v);
  }
}

/**
 * Form values (strings) for AddValidateUpdateItemUsingPath / ValidateUpdateListItem, with dates in the site's
 * regional format (siteRegional.ts): SharePoint parses them in the web's locale and time zone and refuses ISO.
 */
export function formValues(list: ListDefinition, values: Partial<FieldValues>, regional: SiteRegional): { FieldName: string; FieldValue: string }[] {
  const out: { FieldName: string; FieldValue: string }[] = [];
  if (values.Title !== undefined) out.push({ FieldName: 'Title', FieldValue: values.Title === null ? '' : String(values.Title) });
  for (const f of list.fields) {
    const v = values[f.internalName];
    if (v !== undefined) out.push({ FieldName: f.internalName, FieldValue: formValue(f, v, regional) });
  }
  return out;
}
