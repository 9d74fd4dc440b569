import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Administration } from '../../../../src/webparts/administration/components/Administration';
import type { UserPermission } from '../../../../src/data/ports';
import { createFakeServices } from '../../../support/fakeServices';
import { settingsWith } from '../../../support/settingsBuilders';

setIconOptions({ disableWarnings: true });

test("the editor's fresh settings are asked beside the permission checks (one round trip), and only once", async () => {
  const services = createFakeServices({ settings: settingsWith() });
  const reads: unknown[] = [];
  const get = services.settings.get.bind(services.settings);
  services.settings.get = (options?: { readonly fresh?: boolean }) => {
    reads.push(options);
    return get(options);
  };
  let answer: (() => void) | undefined;
  const checked = new Promise<void>((resolve) => (answer = resolve));
  services.userAccess.can = async (permission: UserPermission) => {
    await checked;
    return permission === 'edit-settings' || permission === 'manage-schools';
  };
  render(
    <AppRoot services={services}>
      <Administration />
    </AppRoot>,
  );
  expect(await screen.findByText('Checking what you may change…')).toBeTruthy();
  expect(reads).toEqual([{ fresh: true }]); // asked while the checks are still out
  answer?.();
  expect(await screen.findByRole('tab', { name: 'Settings' })).toBeTruthy();
  await screen.findAllByRole('heading', { level: 3 });
  expect(reads).toEqual([{ fresh: true }]); // the editor took that read: none more
});
