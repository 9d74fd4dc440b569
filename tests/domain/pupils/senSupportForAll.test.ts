import { atSenSupport, pupilsBelowSenSupport } from '../../../src/domain';
import { pupilRecord } from '../../support/pupilBuilder';

describe('every pupil on roll at SEN support at least (SEND policy 000)', () => {
  const k = pupilRecord('PH-1', { firstName: 'Ada', lastName: 'Quill', senProvision: 'K' });
  const e = pupilRecord('PH-2', { firstName: 'Eli', lastName: 'Stone', senProvision: 'E', primaryNeed: 'ASD' });
  const n = pupilRecord('PH-3', { firstName: 'Bryn', lastName: 'Abbot', senProvision: 'N' });
  const nLater = pupilRecord('PH-4', { firstName: 'Ari', lastName: 'Abbot', senProvision: 'N', enrolmentDate: '2026-12-01' });
  const nLeft = pupilRecord('PH-5', { firstName: 'Cai', lastName: 'Marsh', senProvision: 'N', leavingDate: '2026-10-23' });
  const nOnRoll2 = pupilRecord('PH-6', { firstName: 'Aled', lastName: 'Abbot', senProvision: 'N' });

  test('flags the pupils on roll recorded N, in register order; not those at K or E, not leavers, not those not yet enrolled', () => {
    expect(pupilsBelowSenSupport([k, e, n, nLater, nLeft, nOnRoll2], '2026-11-20').map((p) => p.pupilRef)).toEqual(['PH-6', 'PH-3']);
    expect(pupilsBelowSenSupport([k, e], '2026-11-20')).toEqual([]);
    // On the leaving day the pupil is still on roll.
    expect(pupilsBelowSenSupport([nLeft], '2026-10-23').map((p) => p.pupilRef)).toEqual(['PH-5']);
  });

  test('the fix records K and keeps everything else', () => {
    const monitored = { ...n, monitoring: true, id: 3 };
    expect(atSenSupport(monitored)).toEqual({ ...monitored, senProvision: 'K' });
  });
});
