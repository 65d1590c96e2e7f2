import { z } from 'zod';

/** Route parameters every domain declares: the record's identifier in the path. */
export const idParams = z.object({ id: z.uuid('Identifiant invalide.') });
