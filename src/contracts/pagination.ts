import { z } from 'zod';

/**
 * The one way the API pages a list: the query asks `page` (from 1) and `pageSize`; the answer
 * gives the page's `items` with the `total` across all pages and the `page` and `pageSize` it
 * used. A page past the end answers an empty `items`.
 */
export function pageQuery(options: { defaultSize: number; maxSize: number }) {
  return z.object({
    page: z.coerce
      .number('Page : nombre attendu.')
      .int('Page : nombre entier attendu.')
      .min(1, 'Page : 1 au moins.')
      .max(100_000, 'Page : 100 000 au plus.')
      .default(1),
    pageSize: z.coerce
      .number('Taille de page : nombre attendu.')
      .int('Taille de page : nombre entier attendu.')
      .min(1, 'Taille de page : 1 au moins.')
      .max(options.maxSize, `Taille de page : ${options.maxSize} au plus.`)
      .default(options.defaultSize),
  });
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** The rows to skip for a page (the repositories' offset). */
export const offsetOf = (query: { page: number; pageSize: number }) => (query.page - 1) * query.pageSize;
