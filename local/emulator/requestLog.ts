/**
 * The last SharePoint and Graph requests the emulator answered, with how each named its client: SharePoint's
 * throttling guidance asks applications to decorate their traffic (X-ClientService-ClientTag for browsers, which
 * may not set User-Agent). Tests read it to prove the product does; GET /_emulator/requests shows it.
 */
export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly clientTag?: string;
  readonly userAgent?: string;
}

const KEEP = 2000;

export class RequestLog {
  private readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > KEEP) this.entries.splice(0, this.entries.length - KEEP);
  }

  all(): readonly LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
