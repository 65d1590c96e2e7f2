import { z } from 'zod';

/** Zod's own messages (type errors, missing fields…) in French, for the API and the web app alike. */
z.config(z.locales.fr());
