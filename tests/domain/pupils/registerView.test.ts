import { filterPupils, groupPupils, sortPupils, dimensionChoices, pupilFlagLabels, type RegisterContext } from '../../../src/domain/pupils/registerView';
import { pupilChangesBetween } from '../../../src/domain/pupils/pupilChanges';
import type { Pupil } from '../../../src/domain';

const base: Pupil = {
  pupilRef: 'PH-1', firstName: 'Ada', lastName: 'Quill', dateOfBirth: '2012-01-01', yearGroup: '9', enrolmentDate: '2026-09-02',
  registration: 'Dual', homeSchoolId: 1, namedContactIds: [], supportTier: 'Universal', senProvision: 'N', monitoring: false,
  fsm: false, pp: false, lac: false, cin: false, cp: false, yos: false, medical: false,
};
const p = (id: number, o: Partial<Pupil>): Pupil & { id: number } => ({ ...base, id, pupilRef: `PH-${id}`, ...o });
const ctx: RegisterContext = { schoolName: (id) => (id === 1 ? 'Oakfield Academy' : 'Elmwood High'), tutorName: (e) => e.split('@')[0] };

const pupils = [
  p(1, { lastName: 'Quill', fsm: true, lac: true, supportTier: 'Specialist offer', senProvision: 'K', primaryNeed: 'SEMH', secondaryNeed: 'SLCN' }),
  p(2, { lastName: 'Abbot', homeSchoolId: 2, yearGroup: '11', leadTutorEmail: 'rowan@pathways.example.org' }),
  p(3, { lastName: 'Marsh', registration: 'Single', homeSchoolId: undefined, yearGroup: '7', senProvision: 'E', primaryNeed: 'ASD' }),
];

describe('register: filter, sort and group by any dimension', () => {
  it('filters by dimension values together with the search text', () => {
    expect(filterPupils(pupils, { flag: 'LAC' }, '', ctx).map((x) => x.id)).toEqual([1]);
    expect(filterPupils(pupils, { homeSchool: 'Elmwood High' }, '', ctx).map((x) => x.id)).toEqual([2]);
    expect(filterPupils(pupils, { need: 'ASD – Autistic spectrum disorder' }, '', ctx).map((x) => x.id)).toEqual([3]);
    expect(filterPupils(pupils, { registration: 'Dual' }, 'oakfield', ctx).map((x) => x.id)).toEqual([1]);
    expect(filterPupils(pupils, { provision: 'E – EHC plan' }, '', ctx).map((x) => x.id)).toEqual([3]);
  });

  it('sorts by name, year group or any dimension, both ways', () => {
    expect(sortPupils(pupils, 'name', true, ctx).map((x) => x.id)).toEqual([2, 3, 1]);
    expect(sortPupils(pupils, 'yearGroup', false, ctx).map((x) => x.id)).toEqual([2, 1, 3]);
    expect(sortPupils(pupils, 'tier', true, ctx).map((x) => x.id)).toEqual([1, 2, 3]);
  });

  it('groups with a pupil in each of their flag groups and None last', () => {
    const groups = groupPupils(pupils, 'flag', ctx);
    expect(groups.map((g) => [g.value, g.pupils.map((x) => x.id)])).toEqual([
      ['FSM', [1]],
      ['LAC', [1]],
      ['None', [2, 3]],
    ]);
    expect(dimensionChoices(pupils, 'leadTutor', ctx)).toEqual(['rowan', 'None']);
  });
});

describe('flags beside a pupil’s name', () => {
  it('gives the SEN provision when there is one, then the register’s flags in order', () => {
    expect(pupilFlagLabels(p(1, { senProvision: 'E', medical: true, lac: true, cp: true }))).toEqual(['EHC plan', 'LAC', 'CP', 'Medical']);
    expect(pupilFlagLabels(p(2, { senProvision: 'K' }))).toEqual(['SEN support']);
    expect(pupilFlagLabels(p(3, {}))).toEqual([]);
  });
});

describe('pupil history: dated changes with reasons', () => {
  const before = p(1, { supportTier: 'Universal', senProvision: 'N', homeSchoolId: 1 });
  const change = { effective: '2026-11-20', reason: 'APDR review: needs more targeted support', changedBy: 'senco@pathways.example.org', schoolName: ctx.schoolName };

  it('records tier, provision, need and home school changes', () => {
    const after = { ...before, supportTier: 'Targeted SEN intervention' as const, senProvision: 'K' as const, primaryNeed: 'SEMH' as const, homeSchoolId: 2 };
    expect(pupilChangesBetween(before, after, change).map((c) => [c.kind, c.from, c.to])).toEqual([
      ['Support tier', 'Universal', 'Targeted SEN intervention'],
      ['SEN provision', 'N – No SEN', 'K – SEN support'],
      ['Need', 'None', 'SEMH'],
      ['Home school', 'Oakfield Academy', 'Elmwood High'],
    ]);
  });

  it('refuses a change without a reason', () => {
    expect(() => pupilChangesBetween(before, { ...before, supportTier: 'Specialist offer' }, { ...change, reason: ' ' })).toThrow(/Enter the reason for the change/);
  });
});
