import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../../contracts/problem';
import { AppError } from '../../platform/errors';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { toAppError } from '../../platform/http/problem';
import { setSessionCookie } from './session-cookie';
import * as oidc from './oidc.service';

const tags = ['Accès'];
const PENDING_COOKIE = 'copil_oidc';
const PENDING_PATH = '/api/auth/oidc';

export const oidcStatus = z.object({ enabled: z.boolean(), label: z.string().nullable() });

export function oidcRoutes(app: ZodApp, ctx: AppContext) {
  const settings = ctx.config.oidc;
  const redirectUri = `${ctx.config.publicUrl}/api/auth/oidc/callback`;

  app.get('/api/auth/oidc', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Authentification unique (OpenID Connect) : configurée ou non, et son libellé',
      response: { 200: oidcStatus },
    },
    handler: async () => ({ enabled: settings !== null, label: settings?.label ?? null }),
  });

  app.get('/api/auth/oidc/login', {
    config: { public: true },
    schema: {
      tags,
      summary: "Commencer la connexion par authentification unique : redirige vers le fournisseur d'identité",
      response: { 302: z.null(), 404: problemSchema },
    },
    handler: async (_request, reply) => {
      if (!settings) throw notConfigured();
      const { url, pending } = await oidc.startLogin(settings, redirectUri);
      reply.setCookie(PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
        signed: true,
        httpOnly: true,
        sameSite: 'lax', // the provider brings the browser back by a top-level GET
        secure: ctx.secureCookies,
        path: PENDING_PATH,
        maxAge: 10 * 60,
      });
      return reply.redirect(url, 302);
    },
  });

  app.get('/api/auth/oidc/callback', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Retour du fournisseur d’identité : ouvre une session Copil et mène à l’accueil',
      response: { 302: z.null(), 404: problemSchema },
    },
    handler: async (request, reply) => {
      if (!settings) throw notConfigured();
      const pending = readPending(request);
      reply.clearCookie(PENDING_COOKIE, {
        path: PENDING_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.secureCookies,
      });
      try {
        const callbackUrl = new URL(request.url, ctx.config.publicUrl);
        const result = await oidc.finishLogin(
          ctx.db,
          settings,
          new URL(`${redirectUri}${callbackUrl.search}`),
          pending,
        );
        setSessionCookie(reply, result.token, ctx.secureCookies);
        return reply.redirect('/', 302);
      } catch (error) {
        // A person arrives here in a browser: back to the login page with the reason, in French.
        return backToLogin(reply, toAppError(error));
      }
    },
  });
}

const notConfigured = () =>
  new AppError('NOT_FOUND', "L'authentification unique n'est pas configurée sur cette instance de Copil.");

function readPending(request: FastifyRequest): oidc.PendingLogin | null {
  const raw = request.cookies[PENDING_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const value = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')) as Partial<oidc.PendingLogin>;
    return typeof value.verifier === 'string' && typeof value.state === 'string' && typeof value.nonce === 'string'
      ? (value as oidc.PendingLogin)
      : null;
  } catch {
    return null;
  }
}

function backToLogin(reply: FastifyReply, error: AppError) {
  const message =
    error.code === 'INTERNAL' && !error.message.startsWith('Le fournisseur')
      ? 'La connexion par authentification unique a échoué. Réessayez.'
      : error.message;
  return reply.redirect(`/connexion?erreur=${encodeURIComponent(message)}`, 302);
}
