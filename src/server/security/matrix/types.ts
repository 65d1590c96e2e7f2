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

export interface MatrixEntry {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The Fastify route pattern exactly as registered. */
  url: string;
  /** Expected answer per role; absent only for bodyless writes. */
  expect?: Record<MatrixRole, Answer>;
  /** A minimal valid body, so that the role check (not zod) is what answers. */
  body?: unknown;
  /**
   * A write sent without a valid body: only the invariants are asserted (anonymous 401, the
   * controller and the other landlord never 2xx).
   */
  bodyless?: true;
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
  return { admin: answer, coordinator: answer, departmentAgent: answer, officeManager: answer, officeAgent: answer, controller: answer, electedMember: answer, otherLandlord: answer, anonymous: 401 };
}
