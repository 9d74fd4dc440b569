/** Runs axe-core in the page and returns the serious and critical WCAG 2.x A/AA violations. */
import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: { target: string[]; html: string }[];
}

/**
 * Waits for the page's finite animations (Fluent fades new rows and panels in) to finish, so axe judges the colours
 * people read, not a frame half-way through a fade (which reports a false colour-contrast failure).
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Fluent's fades end where the element's own style is, so with animations and transitions off every element shows the
 * colours people read once a fade is over. Needed beside settleAnimations: a list renders its further rows a moment
 * after its first ones (Fluent's List adds its pages on idle), so rows can start fading in while axe runs.
 */
const NO_MOTION = '*, *::before, *::after { animation: none !important; transition: none !important; }';

export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const still = await page.addStyleTag({ content: NO_MOTION });
  try {
    return await judge(page);
  } finally {
    await still.evaluate((el) => el.parentNode?.removeChild(el));
  }
}

async function judge(page: Page): Promise<AxeViolation[]> {
  await settleAnimations(page);
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable summary for a failing assertion. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}
