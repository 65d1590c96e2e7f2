import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../contracts/access';
import { AppError } from '../platform/errors';
import type { Principal } from './principal';

/** What authenticating a request's session yields: who it is, and the session's CSRF secret. */
export interface RequestAuth {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  principal: Principal;
  user: CurrentUser;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session hook (platform/http/session-auth.ts); null on a public route without a session. */
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
  }
}

/** The authenticated principal of a private route (the session hook guarantees it is there). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', 'Connectez-vous pour accéder à cette ressource.');
  return request.auth.principal;
}
