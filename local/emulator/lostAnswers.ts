/**
 * On-demand "the server acted but its answer was lost": the request is carried out (the item is stored, the mail is
 * sent), then the caller gets a 504 Gateway Timeout instead of the answer, or the connection is dropped. Both happen
 * in Microsoft 365: a front end times out while the back end finishes the work, and Microsoft's guidance on
 * transient errors warns that a retried write may then apply twice. Clients that retry 504 or a dropped connection
 * by themselves (PnPjs BrowserFetchWithRetry, graph-client's RetryHandler) send the same write again.
 *
 * `inject({ method, path, skip, count, mode })` loses the answers of the `count` matching requests after the next
 * `skip` matching ones; `path` is a case-insensitive substring of the URL path.
 */
export interface LostAnswerPlan {
  /** Only requests with this method (default: any write, i.e. anything but GET). */
  readonly method?: string;
  /** Only requests whose path contains this text (case-insensitive; default: any). */
  readonly path?: string;
  /** Matching requests to answer normally first (default 0). */
  readonly skip?: number;
  /** Matching requests whose answer is lost (default 1). */
  readonly count?: number;
  /** 504 Gateway Timeout (default) or a connection dropped without an answer. */
  readonly mode?: '504' | 'drop';
  /** Instead of `count`: lose the answer of every n-th matching request (10 = 10 %), until the next inject. */
  readonly every?: number;
}

export class LostAnswers {
  private plan: LostAnswerPlan = {};
  private skip = 0;
  private left = 0;
  private matched = 0;

  inject(plan: LostAnswerPlan): void {
    this.plan = plan;
    this.skip = Math.max(0, plan.skip ?? 0);
    this.matched = 0;
    this.left = plan.every !== undefined && plan.every >= 1 ? Number.POSITIVE_INFINITY : Math.max(0, plan.count ?? 1);
  }

  /** Answers still to be lost. */
  get pending(): number {
    return this.left;
  }

  /** For a request about to be carried out: whether (and how) its answer will be lost. */
  next(method: string, path: string): '504' | 'drop' | undefined {
    if (this.left <= 0) return undefined;
    const m = this.plan.method?.toUpperCase();
    if (m ? method !== m : method === 'GET') return undefined;
    if (this.plan.path && !path.toLowerCase().includes(this.plan.path.toLowerCase())) return undefined;
    if (this.skip > 0) {
      this.skip -= 1;
      return undefined;
    }
    const every = this.plan.every;
    if (every !== undefined && every >= 1) {
      this.matched += 1;
      if (this.matched % Math.round(every) !== 0) return undefined;
    } else this.left -= 1;
    return this.plan.mode ?? '504';
  }
}
