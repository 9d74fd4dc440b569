import { z } from 'zod';
import { clockTimeSchema } from '../common/fields';
import { minutesOfDay } from '../dates/clockTime';

/**
 * Times of one register session. The register opens at `registerOpens` (arrival up to then is on time),
 * closes at `registerCloses` (arrival before it is L, at or after it is U), and the session runs from
 * `startsAt` to `endsAt`.
 */
export const sessionTimesSchema = z
  .object({
    startsAt: clockTimeSchema,
    registerOpens: clockTimeSchema,
    registerCloses: clockTimeSchema,
    endsAt: clockTimeSchema,
  })
  .superRefine((s, ctx) => {
    const start = minutesOfDay(s.startsAt);
    const opens = minutesOfDay(s.registerOpens);
    const closes = minutesOfDay(s.registerCloses);
    const end = minutesOfDay(s.endsAt);
    if (end <= start) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The session must end after it starts' });
    if (opens < start || opens >= end)
      ctx.addIssue({ code: 'custom', path: ['registerOpens'], message: 'The register must open during the session' });
    if (closes <= opens)
      ctx.addIssue({ code: 'custom', path: ['registerCloses'], message: 'The register must close after it opens' });
    else if (closes > end)
      ctx.addIssue({ code: 'custom', path: ['registerCloses'], message: 'The register must close before the session ends' });
  });
export type SessionTimes = z.infer<typeof sessionTimesSchema>;

/** Longest time a register may stay open (WT 2024, facts sheet §2). */
export const MAX_REGISTER_WINDOW_MINUTES = 30;

/** Minutes between the register opening and closing. */
export function registerWindowMinutes(s: SessionTimes): number {
  return minutesOfDay(s.registerCloses) - minutesOfDay(s.registerOpens);
}
