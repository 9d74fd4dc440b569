import type { IncomingHttpHeaders } from 'http';
import type { ThrottleControl } from './contracts';

/** Header that forces a 429 for one request. */
export const FORCE_THROTTLE_HEADER = 'x-emulator-throttle';

/**
 * Deterministic throttling: with rate r, request n (counted from when the rate was set) is throttled when
 * floor(n·r) advances, so rate 0.5 throttles every 2nd request, 0.25 every 4th, 1 every request.
 */
export class DeterministicThrottle implements ThrottleControl {
  private _rate = 0;
  private counter = 0;
  retryAfterSeconds = 1;
  status: 429 | 503 = 429;

  get rate(): number {
    return this._rate;
  }

  set rate(value: number) {
    this._rate = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
    this.counter = 0;
  }

  shouldThrottle(headers: IncomingHttpHeaders): boolean {
    const forced = headers[FORCE_THROTTLE_HEADER];
    if (forced === '1' || forced === 'true') return true;
    if (this._rate <= 0) return false;
    const before = Math.floor(this.counter * this._rate);
    this.counter += 1;
    return Math.floor(this.counter * this._rate) > before;
  }
}
