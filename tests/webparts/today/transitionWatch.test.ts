/** Today's transition and reintegration items, by the transition and EHC rules: one item a pupil, earliest first. */
import { DEFAULT_SETTINGS } from '../../../src/domain';
import { transitionToChase } from '../../../src/webparts/today/components/transitionWatch';
import { transitionPlanRecord, transitionStep } from '../../support/transitionBuilder';
import { needsAssessmentRequest } from '../../support/sendBuilders';

const TODAY = '2026-11-20';
const pupils = [1, 2, 3].map((id) => ({ id, enrolmentDate: '2026-09-03', ...(id === 3 ? { leavingDate: '2026-10-23' } : {}) }));

describe('transitionToChase', () => {
  it('puts a pupil’s overdue steps, due review and EHC steps to chase in one item, and leaves out what is not due', () => {
    const items = transitionToChase(
      [
        transitionPlanRecord(2, { reviewOn: '2026-11-19', steps: [transitionStep({ dueOn: '2026-11-18' }), transitionStep({ what: 'Later', dueOn: '2026-11-30' })] }),
        transitionPlanRecord(1, { status: 'Completed', completedOn: '2026-11-01', steps: [transitionStep({ dueOn: '2026-10-01', doneOn: '2026-10-01' })] }),
        transitionPlanRecord(1, { status: 'Cancelled', steps: [transitionStep({ dueOn: '2026-10-01' })] }),
      ],
      [needsAssessmentRequest(2, { receivedOn: '2026-09-01' }), needsAssessmentRequest(1, { receivedOn: '2026-11-02' }), needsAssessmentRequest(3, { receivedOn: '2026-09-01' })],
      pupils,
      TODAY,
      DEFAULT_SETTINGS.statutory,
    );
    expect(items.map((i) => i.pupilId)).toEqual([2]);
    expect(items[0].from).toBe('2026-10-13');
    expect(items[0].messages).toEqual([
      "reintegration step 'Visit the home school with the lead tutor' (Lead tutor) overdue since 18/11/2026",
      'transition plan review due 19/11/2026',
      'EHC needs assessment: The LA decides whether to assess, by 13/10/2026 (Overdue: chase the LA)',
    ]);
  });

  it('orders pupils by their earliest date', () => {
    const items = transitionToChase(
      [transitionPlanRecord(1, { reviewOn: '2026-11-20' }), transitionPlanRecord(2, { steps: [transitionStep({ dueOn: '2026-11-02' })] })],
      [],
      pupils,
      TODAY,
      DEFAULT_SETTINGS.statutory,
    );
    expect(items.map((i) => [i.pupilId, i.from])).toEqual([
      [2, '2026-11-02'],
      [1, '2026-11-20'],
    ]);
  });
});
