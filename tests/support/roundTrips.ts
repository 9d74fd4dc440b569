/**
 * Requests and sequential round trips ("waves") while some work runs, counted at fetch, the way `npm run bench:data`
 * counts them in Chromium: a request sent after another's answer had arrived is a wave after it (the longest such
 * chain). Requests sent together, or a PnPjs batch's calls sent at once, are one wave.
 */
export interface RoundTrips<T> {
  readonly result: T;
  readonly requests: number;
  readonly waves: number;
  /** Each request as "METHOD url (wave n)", in the order sent. */
  readonly log: readonly string[];
}

export async function countRoundTrips<T>(work: () => Promise<T>): Promise<RoundTrips<T>> {
  const realFetch = globalThis.fetch;
  const sent: { wave: number; answered: boolean; line: string }[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const wave = 1 + Math.max(0, ...sent.filter((s) => s.answered).map((s) => s.wave));
    const url = decodeURIComponent(String(input instanceof Request ? input.url : input));
    const entry = { wave, answered: false, line: `${(init?.method ?? 'GET').toUpperCase()} ${url} (wave ${wave})` };
    sent.push(entry);
    try {
      return await realFetch(input, init);
    } finally {
      entry.answered = true;
    }
  }) as typeof fetch;
  try {
    const result = await work();
    return { result, requests: sent.length, waves: Math.max(0, ...sent.map((s) => s.wave)), log: sent.map((s) => s.line) };
  } finally {
    globalThis.fetch = realFetch;
  }
}
