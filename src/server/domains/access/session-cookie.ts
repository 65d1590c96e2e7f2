import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../platform/http/session-auth';
import { SESSION_ABSOLUTE_MS } from './access.rules';

/** Sets the signed session cookie after a sign-in; it lives as long as the session may. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}
