import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/**
 * Step one of every API route: authenticate. The session cookie (signed, HttpOnly, SameSite=Lax)
 * carries a random token whose hash is looked up in the database, so any instance can serve any
 * request. State-changing requests of a session must echo its CSRF token in `x-csrf-token`.
 * Routes are private unless they declare `config: { public: true }`.
 */
export const SESSION_COOKIE = 'copil_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session lookup is the access domain's (app.ts passes it in): the platform runs the hook and
 * the CSRF check, and knows nothing of accounts. `request.auth` is declared in kernel/request-auth.ts.
 */
export interface SessionAuthOptions {
  authenticate: (token: string) => Promise<NonNullable<FastifyRequest['auth']>>;
  secureCookies: boolean;
}

export function registerSessionAuth(app: FastifyInstance, options: SessionAuthOptions) {
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.routeOptions.url === undefined) return;
    const isPublic = request.routeOptions.config.public === true;
    const raw = request.cookies[SESSION_COOKIE];
    if (raw) {
      const unsigned = request.unsignCookie(raw);
      try {
        if (!unsigned.valid || !unsigned.value)
          throw new AppError('SESSION_EXPIRED', 'Votre session a expiré. Reconnectez-vous pour continuer.');
        request.auth = await options.authenticate(unsigned.value);
      } catch (error) {
        clearSessionCookie(reply, options.secureCookies);
        if (!isPublic) throw error;
      }
    }
    if (!isPublic && !request.auth) {
      throw new AppError('UNAUTHENTICATED', 'Connectez-vous pour accéder à cette ressource.');
    }
    if (request.auth && !isPublic && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, request.auth.csrfToken)) {
        throw new AppError(
          'CSRF_TOKEN_INVALID',
          'Jeton de sécurité (CSRF) absent ou invalide. Rechargez la page puis recommencez.',
        );
      }
    }
  });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Forgets the session cookie (sign-out, or a session found expired). */
export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
