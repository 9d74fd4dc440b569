/**
 * On-demand throttling INSIDE a $batch: SharePoint Online can answer single parts of a batch 429 (Too Many
 * Requests) or 503 (Server Too Busy) with their own Retry-After, while the batch itself answers 200 and the other
 * parts run (the guidance on throttling: "batching doesn't prevent throttling"; PnPjs retries only whole requests,
 * never a part). `inject({ skip, count, status })` answers the `count` parts after the next `skip` parts so.
 */
export interface BatchFaultPlan {
  /** Parts answered so (default 1). */
  readonly count?: number;
  /** Parts to let through first (default 0). */
  readonly skip?: number;
  readonly status?: 429 | 503;
  readonly retryAfterSeconds?: number;
}

export interface BatchFault {
  readonly status: 429 | 503;
  readonly retryAfterSeconds: number;
}

export class BatchPartFaults {
  private skip = 0;
  private left = 0;
  private status: 429 | 503 = 429;
  private retryAfterSeconds = 1;

  inject(plan: BatchFaultPlan): void {
    this.skip = Math.max(0, plan.skip ?? 0);
    this.left = Math.max(0, plan.count ?? 1);
    this.status = plan.status ?? 429;
    this.retryAfterSeconds = Math.max(0, plan.retryAfterSeconds ?? 1);
  }

  /** Parts still to be answered with a fault. */
  get pending(): number {
    return this.left;
  }

  /** For the next part of a batch: the fault to answer with, or undefined to run it. */
  next(): BatchFault | undefined {
    if (this.left <= 0) return undefined;
    if (this.skip > 0) {
      this.skip -= 1;
      return undefined;
    }
    this.left -= 1;
    return { status: this.status, retryAfterSeconds: this.retryAfterSeconds };
  }
}
