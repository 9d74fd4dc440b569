import { prizeDrawTickets } from '../../../src/domain/attendance/prizeDraw';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

describe('prize draw tickets', () => {
  it('gives one ticket above 90% and one more at 100%', () => {
    expect(prizeDrawTickets(100, DEFAULT_SETTINGS)).toBe(2);
    expect(prizeDrawTickets(95, DEFAULT_SETTINGS)).toBe(1);
    expect(prizeDrawTickets(90.1, DEFAULT_SETTINGS)).toBe(1);
    expect(prizeDrawTickets(90, DEFAULT_SETTINGS)).toBe(0);
    expect(prizeDrawTickets(null, DEFAULT_SETTINGS)).toBe(0);
  });
});
