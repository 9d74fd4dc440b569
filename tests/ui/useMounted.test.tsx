import * as React from 'react';
import { render } from '@testing-library/react';
import { useMounted } from '../../src/ui/useMounted';

test('says the component is on screen once it is, and not once it has gone', () => {
  let mounted: (() => boolean) | undefined;
  const Probe: React.FC = () => {
    mounted = useMounted();
    return null;
  };
  const { unmount } = render(<Probe />);
  expect(mounted?.()).toBe(true);
  unmount();
  expect(mounted?.()).toBe(false);
});
