import { GraphError } from '@microsoft/microsoft-graph-client';
import { graphFailureOf, toGraphDataError } from '../../../src/data/graph/graphErrors';
import { RetriesExhausted, withGraphRetry } from '../../../src/data/graph/graphRetry';
import { installFetchGlobals } from '../../support/emulator';

installFetchGlobals();

function graphError(status: number, code: string, retryAfter?: string): GraphError {
  const e = new GraphError(status, `${code} happened`);
  e.code = code;
  if (retryAfter !== undefined) e.headers = new Headers({ 'Retry-After': retryAfter });
  return e;
}

describe('Graph retries', () => {
  it('waits as long as Retry-After says, then succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const r = await withGraphRetry(
      async () => {
        calls++;
        if (calls < 3) throw graphError(429, 'TooManyRequests', calls === 1 ? '7' : '1');
        return 'ok';
      },
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(r).toEqual({ value: 'ok', attempts: 3 });
    expect(waits).toEqual([7000, 1000]);
  });

  it('backs off when there is no Retry-After, up to the longest wait', async () => {
    const waits: number[] = [];
    await expect(
      withGraphRetry(() => Promise.reject(graphError(503, 'ServiceUnavailable')), { attempts: 4, baseDelayMs: 1000, maxDelayMs: 3000, sleep: async (ms) => void waits.push(ms) }),
    ).rejects.toMatchObject({ attempts: 4 });
    expect(waits).toEqual([1000, 2000, 3000]);
  });

  it('does not retry what trying again cannot fix', async () => {
    let calls = 0;
    const failing = withGraphRetry(() => {
      calls++;
      return Promise.reject(graphError(403, 'ErrorAccessDenied'));
    });
    await expect(failing).rejects.toBeInstanceOf(RetriesExhausted);
    expect(calls).toBe(1);
  });
});

describe('Graph errors in plain words', () => {
  it('403: the administrator has not approved the permission', () => {
    const e = toGraphDataError(graphError(403, 'ErrorAccessDenied'), 'send the e-mail', 'Mail.Send');
    expect(e).toMatchObject({ kind: 'not-approved', status: 403 });
    expect(e.message).toBe(
      'Could not send the e-mail: the administrator has not approved the "Mail.Send" permission for Pathways Hub. Ask them to approve it in the SharePoint admin centre (Advanced, API access).',
    );
  });

  it('429, 404, bad addresses and no network', () => {
    expect(toGraphDataError(graphError(429, 'TooManyRequests', '3'), 'send the invitation', 'Calendars.ReadWrite').message).toContain('Microsoft 365 is busy');
    expect(toGraphDataError(graphError(404, 'ErrorItemNotFound'), 'move the meeting', 'Calendars.ReadWrite').kind).toBe('not-found');
    const bad = new GraphError(400, "At least one recipient isn't valid.");
    expect(toGraphDataError(bad, 'send the e-mail', 'Mail.Send').message).toContain('an e-mail address was not accepted');
    expect(toGraphDataError(new TypeError('fetch failed'), 'send the e-mail', 'Mail.Send')).toMatchObject({ kind: 'network' });
    expect(graphFailureOf(graphError(429, 'TooManyRequests', '12'))).toEqual({ status: 429, code: 'TooManyRequests', message: 'TooManyRequests happened', retryAfterSeconds: 12 });
    expect(graphFailureOf(new Error('x'))).toBeUndefined();
  });
});
