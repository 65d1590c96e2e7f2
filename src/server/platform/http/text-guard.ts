import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

/**
 * Text PostgreSQL cannot store is refused at the door. A NUL character is rejected by `text` and
 * `jsonb` columns alike, and a UTF-16 surrogate without its pair (valid in a JSON escape, not in
 * Unicode) is rejected by `jsonb`, which every audit event is: left to the database, either one
 * turned a user's typing into a 500 (found by the fuzz tests in src/server/security/fuzz).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const hasUnstorableText = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

export const unstorableTextMessage =
  'contient un caractère nul ou un caractère Unicode incomplet, impossible à enregistrer ; retirez-le (souvent un copier-coller depuis un autre logiciel)';

/**
 * The path of the first string (value or key) holding such text in a parsed body, query or
 * params, in the dotted form of the validation errors ("rows.0.officeComment"); null if none.
 * Iterative: a deeply nested body must not exhaust the stack.
 */
export function findUnstorableText(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (hasUnstorableText(current)) return path;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    for (const [key, child] of Object.entries(current)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (hasUnstorableText(key)) return childPath;
      stack.push({ value: child, path: childPath });
    }
  }
  return null;
}

/** Checks each request's parsed params, query and body before its schema validates them. */
export function registerTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [part, label] of [
      [request.params, 'chemin'],
      [request.query, 'paramètre'],
      [request.body, 'corps'],
    ] as const) {
      const path = findUnstorableText(part);
      if (path === null) continue;
      const field = path === '' ? label : path;
      const message = `${field === label ? `Le ${label} de la requête` : `Le champ « ${field} »`} ${unstorableTextMessage}.`;
      throw new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field, message }] });
    }
  });
}
