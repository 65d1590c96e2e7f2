import createClient, { type Middleware } from 'openapi-fetch';
import type { Problem } from '../../contracts/problem';
import type { paths } from './api-schema';

/**
 * The web app's typed API client, generated from the server's OpenAPI description
 * (api-schema.d.ts, `npm run api:generate`), and the one place where an answer that is not a
 * success becomes the app's error: an ApiError carrying the server's French problem details
 * (RFC 9457), or a generic one when the server sent none. The session cookie goes with every
 * request; the CSRF token with every request that changes data.
 */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }
  get status() {
    return this.problem.status;
  }
  get code() {
    return this.problem.code;
  }
  /** The message for one field, when the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

let csrfToken: string | null = null;
let onSessionLost: ((code: string) => void) | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The CSRF header to send with a request that changes data (none before signing in). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Called when the server says the session is gone (expired or missing), so the app can log out. */
export function setSessionLostHandler(handler: ((code: string) => void) | null) {
  onSessionLost = handler;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The error of an unreachable server (the request never got an answer). */
export function networkError(
  detail = 'Le serveur Copil ne répond pas. Vérifiez votre connexion puis réessayez.',
): ApiError {
  return new ApiError({
    type: 'urn:copil:probleme:network',
    title: 'Serveur injoignable',
    status: 0,
    code: 'NETWORK',
    detail,
  });
}

/**
 * The one conversion of a failed answer (status, parsed body, the address asked) into the app's
 * error. A lost session is reported to the app, except from the sign-in calls themselves.
 */
export function apiErrorOf(
  status: number,
  payload: unknown,
  path: string,
  fallbackDetail = `Le serveur a répondu ${status}.`,
): ApiError {
  const problem: Problem =
    payload && typeof payload === 'object' && 'detail' in payload
      ? (payload as Problem)
      : { type: 'about:blank', title: 'Erreur', status, code: 'HTTP_' + status, detail: fallbackDetail };
  if ((problem.code === 'SESSION_EXPIRED' || problem.code === 'UNAUTHENTICATED') && !path.startsWith('/api/auth/')) {
    onSessionLost?.(problem.code);
  }
  return new ApiError(problem);
}

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onError() {
    return networkError();
  },
};

export const client = createClient<paths>({ credentials: 'same-origin' });
client.use(session);

/**
 * Awaits a call of the typed client: its data, or the ApiError of its failure.
 *   const conventions = await expectData(client.GET('/api/conventions'));
 */
export async function expectData<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiErrorOf(response.status, error, new URL(response.url || '/', location.href).pathname);
  return data as T;
}
