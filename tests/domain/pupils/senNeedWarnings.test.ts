import { senNeedWarnings } from '../../../src/domain/pupils/senNeedWarnings';

describe('SEN need warnings', () => {
  it('warns about NSA with an EHC plan, not with SEN support', () => {
    expect(senNeedWarnings({ senProvision: 'E', primaryNeed: 'NSA' })).toEqual([
      { field: 'primaryNeed', message: 'NSA is normally used only with SEN support (K): check the census guidance' },
    ]);
    expect(senNeedWarnings({ senProvision: 'K', primaryNeed: 'NSA' })).toEqual([]);
    expect(senNeedWarnings({ senProvision: 'E', primaryNeed: 'ASD', secondaryNeed: 'NSA' })[0].field).toBe('secondaryNeed');
  });
  it('warns when K or E has no primary need', () => {
    expect(senNeedWarnings({ senProvision: 'K' })).toHaveLength(1);
    expect(senNeedWarnings({ senProvision: 'N' })).toEqual([]);
  });
});
