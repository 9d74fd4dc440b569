import { addDays } from '../../../src/domain/dates/isoDates';
import type { Session } from '../../../src/domain/vocabulary';

export interface TestMark {
  pupilId: number;
  date: string;
  session: Session;
  code: string;
}

/** `n` sessions for a pupil from `monday`, AM then PM, Monday to Friday; `codes` cycles over the sessions. */
export function week(pupilId: number, monday: string, codes: string | string[], n = 10): TestMark[] {
  const list = Array.isArray(codes) ? codes : [codes];
  const out: TestMark[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ pupilId, date: addDays(monday, Math.floor(i / 2)), session: i % 2 === 0 ? 'AM' : 'PM', code: list[i % list.length] });
  }
  return out;
}
