import { DEFAULT_SETTINGS } from '../../../../src/domain';
import { FIRST_SETTINGS_MAX_AGE_MS, startFirstSettings } from '../../../../src/webparts/administration/components/firstReads';

function settings(fail = false) {
  const asked: unknown[] = [];
  return {
    asked,
    repo: {
      get: (options?: { readonly fresh?: boolean }) => {
        asked.push(options);
        return fail ? Promise.reject(new Error('SharePoint is unavailable')) : Promise.resolve(DEFAULT_SETTINGS);
      },
    },
  };
}

test('the fresh settings read starts at once, before anyone asks for it', async () => {
  const { repo, asked } = settings();
  const first = startFirstSettings(repo);
  expect(asked).toEqual([{ fresh: true }]);
  expect(await first()).toEqual(DEFAULT_SETTINGS);
});

test('handed out once: "Try again", a reload after a save or a later editor reads afresh', () => {
  const first = startFirstSettings(settings().repo);
  expect(first()).toBeDefined();
  expect(first()).toBeUndefined();
});

test('not handed out once it is older than a minute (what others saved since must be read)', () => {
  let now = 1_000;
  const first = startFirstSettings(settings().repo, () => now);
  now += FIRST_SETTINGS_MAX_AGE_MS + 1;
  expect(first()).toBeUndefined();
});

test('a failed read is not reported as unhandled; it fails where it is used', async () => {
  const first = startFirstSettings(settings(true).repo);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await expect(first()).rejects.toThrow('SharePoint is unavailable');
});
