/**
 * What a page asks of SharePoint and Graph, as Chromium sees it (Chrome DevTools Protocol Network events): each
 * request to the emulator's origin other than the workbench's own page, script and config, with when it was sent,
 * when its answer had arrived and how many bytes came back (encodedDataLength: headers and body as received).
 */
import type { CDPSession } from 'playwright-core';

/** Times are wall-clock milliseconds (CDP's wallTime, so that they compare with Date.now() in Node and the page). */
interface Entry {
  readonly url: string;
  readonly method: string;
  readonly start: number;
  /** CDP's monotonic clock (seconds) when sent: the answer's own timestamp is on that clock. */
  readonly sentAt: number;
  end?: number;
  bytes: number;
}

export interface Traffic {
  readonly requests: number;
  /** Sequential waves: a request sent after another's answer had arrived is a wave after it (the longest such chain). */
  readonly waves: number;
  readonly bytes: number;
  /**
   * Of the requests, those for a request digest (_api/contextinfo) before a first POST. The workbench signs in as
   * PnPjs does outside SharePoint; in a SharePoint page PnPjs takes the page's own digest (SPFx behaviour) and sends none.
   */
  readonly digests: number;
}

/** The workbench's own files: not what the web parts ask for. */
const NOT_DATA = /^\/(workbench\.js|index\.html|favicon\.ico|_workbench\/|$)/;

/** 1.6 Mbps down, 750 kbps up, 150 ms latency: a busy school network, or Teams on a tablet. */
export const THROTTLED = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 } as const;

export class TrafficRecorder {
  private readonly entries = new Map<string, Entry>();
  private readonly origin: string;

  public constructor(cdp: CDPSession, origin: string) {
    this.origin = origin;
    cdp.on('Network.requestWillBeSent', (e) => {
      const url = new URL(e.request.url);
      if (url.origin !== this.origin || NOT_DATA.test(url.pathname)) return;
      this.entries.set(e.requestId, { url: `${url.pathname}${url.search}`, method: e.request.method, start: e.wallTime * 1000, sentAt: e.timestamp, bytes: 0 });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const entry = this.entries.get(e.requestId);
      if (entry) Object.assign(entry, { end: entry.start + (e.timestamp - entry.sentAt) * 1000, bytes: e.encodedDataLength });
    });
    cdp.on('Network.loadingFailed', (e) => {
      const entry = this.entries.get(e.requestId);
      if (entry) entry.end = entry.start + (e.timestamp - entry.sentAt) * 1000;
    });
  }

  /** Requests not answered yet. */
  public inFlight(): number {
    let n = 0;
    this.entries.forEach((e) => {
      if (e.end === undefined) n++;
    });
    return n;
  }

  /** When the latest request was sent or answered (ms). */
  public lastActivity(): number {
    let t = 0;
    this.entries.forEach((e) => {
      t = Math.max(t, e.end ?? e.start, e.start);
    });
    return t;
  }

  /** The entries sent at or after `from` and before `to` (ms), in order. */
  public between(from = 0, to = Infinity): Entry[] {
    return [...this.entries.values()].filter((e) => e.start >= from && e.start < to).sort((a, b) => a.start - b.start);
  }

  public clear(): void {
    this.entries.clear();
  }
}

export function summarise(entries: readonly Entry[]): Traffic {
  const wave: number[] = [];
  entries.forEach((e, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) {
      const end = entries[j].end;
      if (end !== undefined && end <= e.start) before = Math.max(before, wave[j]);
    }
    wave.push(before + 1);
  });
  return {
    requests: entries.length,
    waves: wave.length === 0 ? 0 : Math.max(...wave),
    bytes: entries.reduce((n, e) => n + e.bytes, 0),
    digests: entries.filter((e) => e.url.includes('/_api/contextinfo')).length,
  };
}

/** For --verbose: one line per request. */
export function describe(entries: readonly Entry[]): string[] {
  const t0 = entries[0]?.start ?? 0;
  return entries.map((e) => `      +${Math.round(e.start - t0).toString().padStart(6)} ms ${e.method.padEnd(5)} ${(e.bytes / 1024).toFixed(1).padStart(8)} KB  ${decodeURIComponent(e.url).slice(0, 150)}`);
}
