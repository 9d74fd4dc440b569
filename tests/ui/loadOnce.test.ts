import { loadOnce } from '../../src/ui/onDemand';

test('loads once for every caller, forgets a failed load, and tries again at the next call', async () => {
  let calls = 0;
  let fail = true;
  const load = loadOnce(async () => {
    calls += 1;
    if (fail) throw new Error('Loading chunk failed.');
    return 'module';
  });
  await expect(load()).rejects.toThrow('Loading chunk failed.');
  fail = false;
  const [a, b] = await Promise.all([load(), load()]);
  expect([a, b]).toEqual(['module', 'module']);
  expect(await load()).toBe('module');
  expect(calls).toBe(2);
});
