import * as React from 'react';
import { fireEvent, render, screen, within, type RenderResult } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { AttendanceInsights } from '../../../../../src/webparts/attendance/components/insights/AttendanceInsights';
import { createFakeServices, type FakeData } from '../../../../support/fakeServices';
import { NOW, marks, pupils, schools } from './insightsFixtures';

setIconOptions({ disableWarnings: true });

export type FakeServices = ReturnType<typeof createFakeServices>;

export function renderInsights(data: FakeData = {}): RenderResult & { services: FakeServices } {
  const services = createFakeServices({ pupils, schools, marks, now: NOW, ...data });
  const result = render(
    <AppRoot services={services}>
      <AttendanceInsights />
    </AppRoot>,
  );
  return { ...result, services };
}

export async function openView(name: string): Promise<void> {
  fireEvent.click(await screen.findByRole('tab', { name }));
}

/** The rows of a table found by its caption, each as its cells' text. */
export function tableRows(caption: RegExp): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim()));
}
