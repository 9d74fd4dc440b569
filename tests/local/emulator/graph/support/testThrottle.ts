/** A ThrottleControl whose 429s tests can schedule exactly ("throttle the next n requests"). */
import type { IncomingHttpHeaders } from 'http';
import type { ThrottleControl } from '../../../../../local/emulator/contracts';

export class TestThrottle implements ThrottleControl {
  rate = 0;
  retryAfterSeconds = 1;
  private pending = 0;
  /** How many requests were answered 429. */
  throttledCount = 0;

  throttleNext(count: number): void {
    this.pending = count;
  }

  shouldThrottle(headers: IncomingHttpHeaders): boolean {
    const forced = headers['x-emulator-throttle'] === '1';
    const scheduled = this.pending > 0;
    if (scheduled) this.pending -= 1;
    const hit = forced || scheduled || (this.rate > 0 && Math.random() < this.rate);
    if (hit) this.throttledCount += 1;
    return hit;
  }
}
