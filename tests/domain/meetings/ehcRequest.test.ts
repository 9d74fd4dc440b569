import { ehcRequestSchema } from '../../../src/domain/meetings/ehcRequest';
import { issuesOf } from '../helpers';

describe('EHC request', () => {
  const request = { pupilId: 3, kind: 'LA information request', receivedOn: '16/11/2026', reference: 'EHC-2291' };
  it('accepts a request as staff type it', () => {
    expect(ehcRequestSchema.parse(request)).toEqual({ pupilId: 3, kind: 'LA information request', receivedOn: '2026-11-16', reference: 'EHC-2291' });
  });
  it('refuses a reply before the request and an unknown kind', () => {
    expect(issuesOf(ehcRequestSchema, { ...request, respondedOn: '2026-11-15' })).toEqual({ respondedOn: ['The reply cannot be before the request was received'] });
    expect(issuesOf(ehcRequestSchema, { ...request, kind: 'Phone call' })).toEqual({ kind: ['Choose the kind of request'] });
  });
});
