/**
 * The narrow slice of a Graph client the services use, declared structurally: SPFx's MSGraphClientV3 (which bundles
 * its own copy of graph-client) and graph-client's own Client both satisfy it, so production passes the former and
 * local mode the latter.
 */
export interface GraphRequestLike {
  header(name: string, value: string): GraphRequestLike;
  query(params: Record<string, string | number>): GraphRequestLike;
  filter(filter: string): GraphRequestLike;
  select(properties: string | string[]): GraphRequestLike;
  top(n: number): GraphRequestLike;
  get(): Promise<unknown>;
  post(body: unknown): Promise<unknown>;
  patch(body: unknown): Promise<unknown>;
  delete(): Promise<unknown>;
}

export interface GraphApi {
  api(path: string): GraphRequestLike;
}

/**
 * A POST to Microsoft Graph sent exactly once: never re-sent by a client library (graph-client's RetryHandler, which
 * MSGraphClientV3 runs, re-sends a POST answered 429, 503 or 504, and after a 504 Graph may already have acted). For
 * requests that must never happen twice, such as POST /me/sendMail or a POST /$batch of them. An error answer is
 * thrown as Graph's error shape (statusCode, code, message, headers), as the Graph clients throw it; a success
 * answers its JSON body (a $batch's responses), or undefined when it has none (sendMail's 202).
 */
export interface GraphPostOnce {
  post(path: string, body: unknown): Promise<unknown>;
}

/** What a fetch-like POST answers (fetch's Response, SPFx's HttpClientResponse). */
export interface PostAnswerLike {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/**
 * GraphPostOnce over a single POST with no retry of its own: SPFx's AadHttpClient in SharePoint (it retries only a
 * refused proof-of-possession token), plain fetch in local mode. `baseUrl` is e.g. 'https://graph.microsoft.com/v1.0'.
 */
export function graphPostOnce(baseUrl: string, send: (url: string, init: { headers: Record<string, string>; body: string }) => Promise<PostAnswerLike>): GraphPostOnce {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async post(path: string, body: unknown): Promise<unknown> {
      const answer = await send(`${base}${path.startsWith('/') ? path : `/${path}`}`, {
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (answer.ok) {
        // The request was carried out: an unreadable answer body is not a reason to think it was not.
        const answered = await answer.text().catch(() => '');
        if (answered.trim() === '') return undefined;
        try {
          return JSON.parse(answered) as unknown;
        } catch {
          return undefined;
        }
      }
      const text = await answer.text().catch(() => '');
      let code = '';
      let message = '';
      try {
        const err = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
        code = typeof err?.code === 'string' ? err.code : '';
        message = typeof err?.message === 'string' ? err.message : '';
      } catch {
        message = '';
      }
      throw Object.assign(new Error(message || `Microsoft Graph answered ${answer.status}`), { statusCode: answer.status, code, headers: answer.headers });
    },
  };
}
