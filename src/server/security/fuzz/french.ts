import { expect } from 'vitest';
import type { InjectResponse, ProblemBody } from '../../test/engines';

/**
 * "A French message each time": what the suite accepts as French. Quoted text is the user's own
 * input echoed back (« … », "…"), so it is left out before looking; what remains must hold a
 * French word or accented letter, and none of the stock English phrases of a library's default
 * messages (which would mean an error escaped Copil's own wording).
 */
const QUOTED = /«[^»]*»|"[^"]*"|“[^”]*”/g;
const FRENCH =
  /[àâæçéèêëîïôœùûüÿ]|\b(?:[cdjlmnst]|qu)['’][a-zà-ÿ]|\b(le|la|les|des|du|de|un|une|est|sont|pas|aucun|aucune|au|aux|ou|et|en|non|mal|plus|moins|pour|dans|sur|avec|sans|rien|son|sa|ses|ce|cette|ces|votre|vos|que|qui|ne|se|il|elle|ils|seule?|attendue?|invalide|inconnue?|introuvable|manquante?|absente?|obligatoire|trop|fichier|ligne|colonne|valeur|nombre|requête|caractère|doit|champ|entrée|reçue?|cellule|classeur|illisible|feuille|vide|choisissez|envoyez|indiquez|date|futur|future|passée|fois|deux|figure|choisie?|point|logement|montant|texte|année|mois|semestre|identifiant)s?\b|\bn°/i;
const ENGLISH =
  /\b(the|invalid|expected|received|required|must|should|cannot|can't|not found|unexpected|failed|error|too (big|small|long|short)|is not|does not|unknown|missing|bad request|internal server|forbidden|unauthorized|payload|body)\b/i;

/**
 * JavaScript's own renderings of a missing value, which no message should show. (NaN is left to
 * zod's French messages, which name what they received: « nombre attendu, NaN reçu ».)
 */
const LEAK = /\bundefined\b|\[object Object\]/;
export const showsProgramValue = (text: string) => LEAK.test(text);

/**
 * `echoed`: what the message may repeat of the request unquoted (field paths from its own keys,
 * a cell's formula): English in it is the sender's, not Copil's, so it is left out of that check.
 */
export function frenchProblems(message: unknown, echoed: string[] = []): string | null {
  if (typeof message !== 'string' || message.trim() === '') return `no message: ${JSON.stringify(message)}`;
  const bare = message.replace(QUOTED, ' ');
  if (!FRENCH.test(bare)) return `no French wording in « ${message.slice(0, 300)} »`;
  let own = bare;
  for (const text of [...echoed].sort((a, b) => b.length - a.length)) if (text) own = own.split(text).join(' ');
  if (ENGLISH.test(own)) return `English wording in « ${message.slice(0, 300)} »`;
  if (LEAK.test(own)) return `a program's value shown to the user in « ${message.slice(0, 300)} »`;
  return null;
}

/** Every message of a problem (detail and each field error) is French; returns what is wrong. */
export function problemLanguageIssues(problem: {
  detail?: unknown;
  errors?: { field?: unknown; message?: unknown }[];
}): string[] {
  const fields = (problem.errors ?? []).map((e) => (typeof e.field === 'string' ? e.field : ''));
  const issues = [frenchProblems(problem.detail, fields)];
  for (const e of problem.errors ?? []) issues.push(frenchProblems(e.message, fields));
  return issues.filter((i): i is string => i !== null);
}

/** A refused request: 4xx, RFC 9457, French. The body, for further checks. */
export function expectFrenchRefusal(response: InjectResponse, context: string): ProblemBody {
  const where = `${context} → ${response.statusCode} ${response.body.slice(0, 400)}`;
  expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, where).toBeLessThan(500);
  expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
  const body = response.json() as ProblemBody;
  expect(problemLanguageIssues(body), where).toEqual([]);
  return body;
}
