import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { ImportRecords } from '../../../../src/webparts/importRecords/components/ImportRecords';
import { createFakeServices } from '../../../support/fakeServices';

setIconOptions({ disableWarnings: true });

// The steps after choosing the source are their own chunk (importSteps.ts), loaded when a file is picked: here it
// cannot be downloaded (the connection dropped after the page loaded).
jest.mock('../../../../src/webparts/importRecords/components/importSteps', () => {
  throw new Error('Loading chunk import-steps failed.');
});

describe("Import's steps after the first, loaded with the file", () => {
  it('says plainly that nothing was read when their code cannot be loaded, and stays on the first step', async () => {
    render(
      <AppRoot services={createFakeServices({ now: new Date('2026-11-20T10:00:00Z') })}>
        <ImportRecords />
      </AppRoot>,
    );
    const input = (await screen.findByLabelText('Choose the file')) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['UPN,Surname\r\n'], 'roll.csv', { type: 'text/csv' })] } });
    expect(await screen.findByText('Nothing was read: the import could not be loaded. Check the connection and try again.')).toBeTruthy();
    expect(screen.getByText('1. Choose what to import')).toBeTruthy();
    expect(screen.queryByText('Loading chunk import-steps failed.')).toBeNull();
  });
});
