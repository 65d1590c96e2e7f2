/**
 * The one application error type. Services and rules throw AppError with a code from the closed
 * set below; the HTTP layer (error-handler.ts) is the only place that turns a code into a status.
 */
export const errorCodes = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  ACCOUNT_LOCKED: 429, // a growing delay after wrong passwords, with Retry-After (issue #17)
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405, // an existing address asked with another method; Allow names the right ones
  CONFLICT: 409,
  INVARIANT_VIOLATED: 422,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** One problem with one field of the input (a body property, a query parameter, a file column…). */
export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[];
  /** Extra, machine-readable facts (e.g. when a lock ends); never secrets. */
  readonly extra: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fieldErrors?: FieldError[]; extra?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? [];
    this.extra = options.extra ?? {};
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return errorCodes[code];
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} introuvable.`);
export const forbidden = (message = "Vous n'avez pas le droit d'effectuer cette action.") =>
  new AppError('FORBIDDEN', message);

/** A partial update (PATCH) that names no field: a 400, never a statement with nothing to set. */
export function assertSomethingToChange(values: Record<string, unknown>): void {
  if (Object.keys(values).length === 0)
    throw new AppError('VALIDATION_FAILED', 'Aucune modification : indiquez au moins un champ à modifier.');
}
