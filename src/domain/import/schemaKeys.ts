import { z } from 'zod';

/** The property names a record schema keeps (through refinements and effects), so a mapping offers only those. */
export function schemaKeys(schema: z.ZodTypeAny): ReadonlySet<string> {
  let s: z.ZodTypeAny = schema;
  for (let depth = 0; depth < 10; depth++) {
    if (s instanceof z.ZodEffects) s = s.innerType();
    else if (s instanceof z.ZodObject) return new Set(Object.keys(s.shape as Record<string, unknown>));
    else break;
  }
  return new Set();
}
