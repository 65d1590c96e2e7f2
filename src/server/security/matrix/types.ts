/**
 * The authorisation matrix's vocabulary (issue 10, point 1): every API route × every role, with
 * the answer each gets. 'ok' is any 2xx; other answers are the exact HTTP status.
 */
export const matrixRoles = [
  'admin',
  'coordinator',
  'departmentAgent',
  'officeManager',
  'officeAgent',
  'controller',
  'electedMember',
  'otherLandlord',
  'anonymous',
] as const;
export type MatrixRole = (typeof matrixRoles)[number];

export type Answer = 'ok' | number;

/**
 * What a state-changing request acts on, made afresh (by matrix-fresh.ts) before the first role
 * and again after each role whose request changed it: every role then meets the same state, and
 * its answer says whether it may act, not what the role before it left behind.
 */
export type Fresh =
  | 'allocationYear'
  | 'allocation'
  | 'draftRequest'
  | 'submittedRequest'
  | 'approvedRequest'
  | 'establishment'
  | 'plannedSession'
  | 'pendingItem'
  | 'votableItem'
  | 'votedItem'
  | 'sessionWithoutQuorum'
  | 'closedSession'
  | 'newMember'
  | 'openConvention'
  | 'pendingNotice'
  | 'amendmentNumber'
  | 'submittedTable'
  | 'halfYear'
  | 'forecastYear'
  | 'submittedForecastYear'
  | 'undoneInstance'
  | 'eventWithoutInvitation'
  | 'eventWithInvitation'
  | 'pendingProof'
  | 'reportedEvent'
  | 'acknowledgedEvent'
  | 'examinedGuaranteeRequest'
  | 'spareAccount'
  | 'invitedAccount';

/** What a body (or an upload) may draw on: ids of the walk's fixtures, and a number never used twice. */
export interface BodyContext {
  /** An id (or value) of the fresh fixture, else of the walk's fixtures; throws when unknown. */
  id(name: string): string;
  /** A file a fixture fetched (a progress table's xlsx…). */
  file(name: string): Buffer;
  role: MatrixRole;
  unique: number;
}

export interface MatrixEntry {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The Fastify route pattern exactly as registered. */
  url: string;
  /** Expected answer per role, as the policy says (who may do what), not as the app happens to answer. */
  expect: Record<MatrixRole, Answer>;
  /**
   * A valid body, so that the role check (not zod, not a business rule) is what answers; a
   * function of the BodyContext when it names fixtures or must differ at each request.
   */
  body?: unknown;
  /** The query string (without '?'), when the route requires one. */
  query?: string | ((c: BodyContext) => string);
  /** A multipart upload (field « file ») instead of a JSON body. */
  upload?: { filename: string; contentType: string; file: (c: BodyContext) => Buffer };
  /** Path segments resolved to a named fixture rather than to the segment's default id. */
  at?: Record<string, string>;
  fresh?: Fresh;
  /** Path parameters are random UUIDs (nothing to find, 404 expected for the signed-in). */
  randomIds?: true;
  /**
   * Acts only on the caller's own account (session, notifications, calendar feed): exempt from
   * "a controller never writes", which is about the partnership's data.
   */
  personal?: true;
  /** A defect found by the walk and not yet fixed: exempts the entry from "never a 5xx". */
  knownDefect?: string;
}

/** Shorthand: the same answer for every role but anonymous, which gets 401. */
export function signedIn(answer: Answer): Record<MatrixRole, Answer> {
  return {
    admin: answer,
    coordinator: answer,
    departmentAgent: answer,
    officeManager: answer,
    officeAgent: answer,
    controller: answer,
    electedMember: answer,
    otherLandlord: answer,
    anonymous: 401,
  };
}

/**
 * Shorthand for a convention's data: readers of the convention (its parties' users, the appointed
 * controller, the administrator) get `read`; another landlord's user gets 404, as for a convention
 * that does not exist; the anonymous 401.
 */
export function conventionReaders(read: Answer = 'ok'): Record<MatrixRole, Answer> {
  return {
    admin: read,
    coordinator: read,
    departmentAgent: read,
    officeManager: read,
    officeAgent: read,
    controller: read,
    electedMember: read,
    otherLandlord: 404,
    anonymous: 401,
  };
}

/**
 * Shorthand for a write on a convention's data: the listed roles may (2xx), every other reader of
 * the convention is refused (403), another landlord's user does not see it (404).
 */
export function writers(...allowed: MatrixRole[]): Record<MatrixRole, Answer> {
  const answers = conventionReaders(403);
  for (const role of allowed) answers[role] = 'ok';
  return answers;
}
