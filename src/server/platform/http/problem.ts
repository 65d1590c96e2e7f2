import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../../contracts/problem';
import { AppError, httpStatusOf, type ErrorCode, type FieldError } from '../errors';
import { incompleteUpload, isMalformedMultipart } from './uploads';

/**
 * The one place where errors become HTTP answers: RFC 9457 problem details with a French
 * `detail` for people and a stable `code` for programs. Anything unexpected is logged and
 * answered as a 500 without internals; a user's mistake is always a 4xx.
 */
const titles: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Données invalides',
  MALFORMED_REQUEST: 'Requête mal formée',
  UNAUTHENTICATED: 'Connexion requise',
  INVALID_CREDENTIALS: 'Identifiants incorrects',
  SESSION_EXPIRED: 'Session expirée',
  FORBIDDEN: 'Action non autorisée',
  CSRF_TOKEN_INVALID: 'Jeton de sécurité invalide',
  ACCOUNT_LOCKED: 'Compte verrouillé',
  NOT_FOUND: 'Introuvable',
  METHOD_NOT_ALLOWED: 'Méthode non autorisée',
  CONFLICT: 'Conflit',
  INVARIANT_VIOLATED: 'Règle de gestion non respectée',
  UNSUPPORTED_MEDIA_TYPE: 'Format non pris en charge',
  PAYLOAD_TOO_LARGE: 'Contenu trop volumineux',
  TOO_MANY_REQUESTS: 'Trop de requêtes',
  INTERNAL: 'Erreur interne',
};

export function problemOf(error: AppError, instance?: string): Problem {
  const status = httpStatusOf(error.code);
  return {
    type: `urn:copil:probleme:${error.code.toLowerCase().replace(/_/g, '-')}`,
    title: titles[error.code],
    status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
    ...error.extra,
  };
}

export function sendProblem(reply: FastifyReply, error: AppError, request?: FastifyRequest) {
  const problem = problemOf(error, request?.url.split('?')[0]);
  if (typeof error.extra.retryAfterSeconds === 'number') {
    reply.header('retry-after', String(error.extra.retryAfterSeconds));
  } else if (error.code === 'TOO_MANY_REQUESTS' && typeof error.extra.retryAfterMinutes === 'number') {
    reply.header('retry-after', String(error.extra.retryAfterMinutes * 60));
  }
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

const contextLabels: Record<string, string> = {
  body: '',
  querystring: 'paramètre ',
  params: 'chemin ',
  headers: 'en-tête ',
};

/** Turns any thrown value into an AppError; unknown errors become INTERNAL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const fieldErrors: FieldError[] = error.validation.map((v) => {
      const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
      return { field: path || context, message: v.message ?? 'Valeur invalide.' };
    });
    const first = fieldErrors[0]!;
    return new AppError(
      'VALIDATION_FAILED',
      `${contextLabels[context] ?? ''}${first.field} : ${first.message}`.trim(),
      { fieldErrors },
    );
  }
  const fe = error as Partial<FastifyError> & { status?: number };
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('MALFORMED_REQUEST', "Le corps de la requête n'est pas un JSON valide.");
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Format de contenu non pris en charge : envoyez du JSON (application/json).',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'Le contenu envoyé est trop volumineux.');
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'Le fichier dépasse la taille maximale de 10 Mo.', {
        fieldErrors: [{ field: 'file', message: 'Fichier trop volumineux.' }],
      });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Envoyez le fichier en multipart/form-data, champ « file ».');
    case 'FST_ERR_BAD_URL':
      return new AppError('MALFORMED_REQUEST', "Adresse mal formée : un caractère encodé (%…) n'est pas valide.");
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('MALFORMED_REQUEST', 'Adresse invalide : un paramètre du chemin est trop long.');
  }
  if (isMalformedMultipart(error)) return incompleteUpload();
  if (error instanceof SyntaxError && fe.statusCode === 400) {
    return new AppError('MALFORMED_REQUEST', "Le corps de la requête n'est pas un JSON valide.");
  }
  const status = fe.statusCode ?? fe.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(
      status === 404
        ? 'NOT_FOUND'
        : status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : status === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : 'MALFORMED_REQUEST',
      'Requête invalide.',
      { cause: error },
    );
  }
  return new AppError(
    'INTERNAL',
    'Une erreur interne est survenue. Elle a été journalisée ; réessayez ou contactez l’administrateur.',
    { cause: error },
  );
}

/**
 * The router's own refusals (an undecodable or over-long address), answered before any route or
 * hook: without this, Fastify sent them as English JSON (found by the fuzz tests).
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, toAppError(error), request);
}

/** Set before any plugin is registered, so every encapsulated context inherits it. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, appError, request);
  });
}

export function registerNotFoundHandler(
  app: FastifyInstance,
  serveSpa: ((request: FastifyRequest, reply: FastifyReply) => unknown) | null,
) {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    // A source map is never served, not even as the app's page (issue #17).
    const spa = !path.startsWith('/api/') && !path.endsWith('.map');
    if (serveSpa && (request.method === 'GET' || request.method === 'HEAD') && spa) {
      return serveSpa(request, reply);
    }
    const allowed = methodsAnswering(app, path);
    // A route that answers this very method and still found nothing (a file withheld) is a 404.
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(
        reply,
        new AppError(
          'METHOD_NOT_ALLOWED',
          `La méthode ${request.method} n'est pas acceptée pour ${path} : utilisez ${allowed.join(' ou ')}.`,
          { extra: { allow: allowed } },
        ),
        request,
      );
    }
    return sendProblem(reply, new AppError('NOT_FOUND', `Adresse inconnue : ${request.method} ${path}.`), request);
  });
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The methods some route answers for this concrete path (none: the address itself is unknown). */
function methodsAnswering(app: FastifyInstance, path: string): string[] {
  return METHODS.filter((method) => app.findRoute({ method, url: path }) !== null);
}
