import { z } from 'zod';

/**
 * RFC 9457 problem details, as every error of the API is answered. Loose: extension members
 * (lockedUntil, retryAfterMinutes…) must reach the client, not be stripped by the serializer.
 */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
