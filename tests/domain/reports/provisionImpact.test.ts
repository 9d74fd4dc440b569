import { leadersReport, provisionImpact, targetsText, type ProvisionImpact } from '../../../src/domain';
import { leadersInput, leadersSettings, provisionRecords } from '../../support/leadersReportFixture';

const impactOf = (audience: 'leaders' | 'governors' = 'leaders'): ProvisionImpact & { lines?: unknown[] } => {
  const r = leadersReport(leadersInput({ audience, provision: provisionRecords() }));
  if ('unread' in r.provision) throw new Error(r.provision.unread);
  return r.provision as ProvisionImpact & { lines?: unknown[] };
};

describe('provisionImpact: provision cost against impact from the costed provision maps', () => {
  it('prorates each line’s yearly cost to the calendar days its plan ran in the period (÷ 365), to the penny', () => {
    const p = impactOf();
    // Ash: 14/09–16/11 (64 days): £1,850.50 → £324.47, £4,500 → £789.04. Bo: 02/11–20/11 (19 days): £1,000 → £52.05.
    expect(p.byProvision.map((r) => [r.label, r.cost, r.plans, r.pupils])).toEqual([
      ['Speech and language therapy', 789.04, 1, 1],
      ['Precision teaching, reading', 376.52, 2, 2],
    ]);
    expect(p.total.cost).toBe(1165.56);
    expect(p.total.plans).toBe(2); // the plan reviewed in July is not in the autumn term
  });

  it('counts targets at the plan’s review: a meeting’s outcome, else the latest rating by then; unreviewed plans apart', () => {
    const p = impactOf();
    const semh = p.byNeed.find((r) => r.key === 'SEMH');
    expect(semh?.targets).toEqual({ met: 1, partly: 1, notMet: 1, noOutcome: 1, notReviewed: 0 });
    expect(p.byNeed.find((r) => r.key === 'ASD')?.targets).toEqual({ met: 0, partly: 0, notMet: 0, noOutcome: 0, notReviewed: 1 });
    expect(targetsText(p.total.targets)).toBe('1 met, 1 partly met, 1 not met (1 with no outcome; 1 not reviewed yet)');
  });

  it('gives the change from baseline in assessments and the attendance change of pupils with a figure before the plan', () => {
    const p = impactOf();
    expect(p.byNeed.find((r) => r.key === 'SEMH')?.assessments).toEqual({ rose: 1, same: 0, fell: 0 });
    // Bo: 50% in July's register before the plan, 100% in November under it; Ash has no register before 14/09.
    expect(p.byNeed.find((r) => r.key === 'ASD')?.attendance).toEqual({ pupils: 1, meanChange: 50 });
    expect(p.total.attendance).toEqual({ pupils: 1, meanChange: 50 });
    expect(p.byTier.map((r) => [r.label, r.cost])).toEqual([
      ['Universal', 52.05],
      ['Specialist offer', 1113.51],
    ]);
  });

  it('is the pure function’s figures, and names pupils only in the leaders’ version', () => {
    const input = leadersInput({ provision: provisionRecords() });
    const records = provisionRecords();
    const direct = provisionImpact({
      from: '2026-09-02',
      to: '2026-11-20',
      settings: leadersSettings,
      pupils: input.pupils.filter((x) => x.id !== 3),
      plans: records.plans,
      targets: records.targets,
      assessments: records.assessments,
      meetings: records.meetings,
      marks: [...(records.earlierMarks ?? []), ...input.marks],
    });
    const leaders = impactOf('leaders');
    expect(leaders.total).toEqual(direct.total);
    expect(leaders.byNeed).toEqual(direct.byNeed);
    expect(JSON.stringify(leaders.lines)).toMatch(/Alder, Ash/);
    const governors = impactOf('governors');
    expect(governors.lines).toBeUndefined();
    expect(JSON.stringify(governors)).not.toMatch(/Alder|Birch/);
  });

  it('says so when the support plans could not be read', () => {
    expect(leadersReport(leadersInput({ provisionUnread: 'the list was throttled' })).provision).toEqual({ unread: 'the list was throttled' });
  });
});
