import type { SchoolSettings } from '../../../../domain';

export type Path = readonly (string | number)[];

/** The value at a path of the draft ('sessions.AM.registerCloses' as ['sessions', 'AM', 'registerCloses']). */
export function valueAt(draft: unknown, path: Path): unknown {
  let at: unknown = draft;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A copy of the draft with the value at the path replaced (arrays stay arrays). */
export function withValueAt(draft: SchoolSettings, path: Path, value: unknown): SchoolSettings {
  const put = (node: unknown, i: number): unknown => {
    if (i === path.length) return value;
    const key = path[i];
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[Number(key)] = put(node[Number(key)], i + 1);
      return copy;
    }
    const obj = (node ?? {}) as Record<string, unknown>;
    return { ...obj, [key]: put(obj[key], i + 1) };
  };
  return put(draft, 0) as SchoolSettings;
}

/** A number as typed: blank or not a number gives NaN, which the schema reports in words at the field. */
export function numberFromText(text: string): number {
  const t = text.trim().replace(/^£/, '').replace(/,/g, '');
  return t === '' ? NaN : Number(t);
}

/** The settings as saved: without the item id and ETag the repository adds. */
export function draftOf(settings: SchoolSettings & { id?: number; etag?: string }): SchoolSettings {
  const copy = JSON.parse(JSON.stringify(settings)) as SchoolSettings & { id?: number; etag?: string };
  delete copy.id;
  delete copy.etag;
  return copy;
}

/** Whether a save changed what home schools may read (a sharing switch, or how long after leaving). */
export function sharingChanged(before: SchoolSettings, after: SchoolSettings): boolean {
  return JSON.stringify(before.homeSchoolSharing) !== JSON.stringify(after.homeSchoolSharing) || before.leaverAccessDays !== after.leaverAccessDays;
}
