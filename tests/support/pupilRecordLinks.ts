/**
 * One check for every web part whose pupil names open the pupil's record in place (src/ui/pupilRecord): the name
 * opens the record with focus on the pupil's name, the web part's own heading is gone, axe finds nothing serious,
 * and the way back shows the web part again with focus on the same name.
 */
import { fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';

export async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const r = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

export async function openRecordAndReturn(opts: {
  /** The name as a control (a button styled as a link). */
  name: HTMLElement;
  /** The record's heading, e.g. 'Okafor, Amara'. */
  record: string;
  /** The web part's heading (h2), hidden while the record is open. */
  webPart: string;
  back: string;
  container: HTMLElement;
  /** axe over the whole record is slow in jsdom: once per web part is enough. Default true. */
  axe?: boolean;
}): Promise<void> {
  const { name, record, webPart, back, container } = opts;
  name.focus();
  fireEvent.click(name);
  const heading = await screen.findByRole('heading', { name: record }, { timeout: 30000 });
  expect(heading.contains(document.activeElement)).toBe(true);
  expect(screen.queryByRole('heading', { name: webPart, level: 2 })).toBeNull();
  if (opts.axe !== false) expect(await seriousViolations(container)).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: back }));
  expect(screen.getByRole('heading', { name: webPart, level: 2 })).toBeTruthy();
  expect(document.activeElement).toBe(name);
}
