/**
 * A suggested reference for a new pupil: the most used prefix among the existing references, with the next number
 * ('PH-0042' after 'PH-0041'); 'PH-0001' on an empty register. Staff may type another.
 */
export function nextPupilRef(existingRefs: readonly string[]): string {
  const byPrefix = new Map<string, { count: number; max: number; width: number }>();
  for (const ref of existingRefs) {
    const m = /^(.*?)(\d+)$/.exec(ref.trim());
    if (!m) continue;
    const entry = byPrefix.get(m[1]) ?? { count: 0, max: 0, width: m[2].length };
    byPrefix.set(m[1], { count: entry.count + 1, max: Math.max(entry.max, Number(m[2])), width: Math.max(entry.width, m[2].length) });
  }
  const best = [...byPrefix.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) return 'PH-0001';
  const [prefix, { max, width }] = best;
  let n = max + 1;
  const taken = new Set(existingRefs.map((r) => r.trim()));
  while (taken.has(`${prefix}${String(n).padStart(width, '0')}`)) n++;
  return `${prefix}${String(n).padStart(width, '0')}`;
}
