/**
 * A percentage as reports write it: '70.0%', or a dash when there is nothing to divide by. Its own module (exported
 * with the progress report, src/domain/reports/progressReport.ts), so the leaders' report on Reports' first screen
 * does not bring the progress report's rules for it.
 */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${(Math.round(value * 10) / 10).toFixed(1)}%`;
}
