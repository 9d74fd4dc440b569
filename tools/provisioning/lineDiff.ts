/** A short, line-numbered description of how two texts differ (LCS diff), for --check and test output. */
export function describeLineDifferences(committed: string, generated: string, maxLines = 40): string {
  const a = committed.split('\n');
  const b = generated.split('\n');
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push(`- committed line ${i + 1}: ${a[i].trim()}`);
      i++;
    } else {
      out.push(`+ generated line ${j + 1}: ${b[j].trim()}`);
      j++;
    }
  }
  const shown = out.slice(0, maxLines);
  if (out.length > maxLines) shown.push(`… and ${out.length - maxLines} more differing lines.`);
  return shown.join('\n');
}
