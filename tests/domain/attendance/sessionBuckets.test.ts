import { isPossibleSession } from '../../../src/domain/attendance/sessionBuckets';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

describe('possible sessions under settings', () => {
  it('follows the default list', () => {
    expect(isPossibleSession('C2', DEFAULT_SETTINGS)).toBe(true);
    expect(isPossibleSession('Q', DEFAULT_SETTINGS)).toBe(false);
    expect(isPossibleSession('#', DEFAULT_SETTINGS)).toBe(false);
    expect(isPossibleSession('??', DEFAULT_SETTINGS)).toBe(false);
  });
  it('lets Q and Y codes become possible, but never D', () => {
    expect(isPossibleSession('Q', { notPossibleCodes: ['D', 'X', 'Z', '#'] })).toBe(true);
    expect(isPossibleSession('D', { notPossibleCodes: [] })).toBe(false);
  });
});
