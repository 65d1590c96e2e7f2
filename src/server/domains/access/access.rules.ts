import { PASSWORD_MAX_LENGTH } from '../../../contracts/access';
import commonPasswordList from './common-passwords.json' with { type: 'json' };

export { PASSWORD_MAX_LENGTH };

/**
 * Pure rules of accounts and sessions: password policy, session lifetime, login throttling and
 * account lock-out. Times are passed in so tests can move the clock.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000; // 2 h without activity
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000; // 12 h at most
export const SESSION_TOUCH_EVERY_MS = 60 * 1000; // write last_seen_at at most once a minute
export const MAX_FAILED_ATTEMPTS = 5; // wrong passwords in a row before the account is delayed
export const ACCOUNT_DELAY_BASE_MS = 60 * 1000; // the first delay, doubled at each further failure
export const ACCOUNT_DELAY_MAX_MS = 60 * 60 * 1000;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_MAX_ATTEMPTS = 20; // per client address and window

/**
 * The common passwords refused whatever their case and trivial suffix (data file, French ones
 * included: azerty, motdepasse, soleil…), compared after commonForms below.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(commonPasswordList);

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/**
 * The forms a password is compared under: lower-cased, without trivial digit or symbol suffixes and
 * prefixes (« Password1234 », « Azerty123456! », « 2024Soleil »), and with digits read as letters
 * (« P@ssw0rd »).
 */
export function commonForms(password: string): string[] {
  const lower = password.normalize('NFC').toLowerCase();
  const trimmed = lower.replace(/[\d\s!-/:-@[-`{-~]+$/u, '').replace(/^[\d\s!-/:-@[-`{-~]+/u, '');
  const leet = trimmed.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
  return [...new Set([lower, trimmed, leet, leet.replace(/i/g, 'l')])].filter((f) => f.length > 0);
}

export const isCommonPassword = (password: string) => commonForms(password).some((f) => COMMON_PASSWORDS.has(f));

/**
 * The password policy, one pure function for every place a password is set: returns the French
 * reasons a password is refused (empty when accepted).
 */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push(`Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    problems.push(`Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`);
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    problems.push(
      'Le mot de passe doit mêler au moins trois types de caractères : minuscules, majuscules, chiffres, symboles.',
    );
  }
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) {
    problems.push("Le mot de passe ne doit pas contenir l'identifiant de l'adresse électronique.");
  }
  if (/^(.)\1+$/.test(password)) problems.push('Le mot de passe ne doit pas répéter un seul caractère.');
  if (isCommonPassword(password)) {
    problems.push(
      'Ce mot de passe est trop courant (il figure parmi les mots de passe les plus utilisés) : choisissez-en un autre.',
    );
  }
  return problems;
}

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export function newSessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_IDLE_MS);
}

/** A session ends after 2 h idle or 12 h after login, whichever comes first. */
export function isSessionExpired(session: SessionTimes, now: Date): boolean {
  return now >= session.expiresAt || now.getTime() - session.createdAt.getTime() >= SESSION_ABSOLUTE_MS;
}

/** The idle deadline moves with activity but never past the absolute limit. */
export function extendedExpiry(session: SessionTimes, now: Date): Date {
  const idle = now.getTime() + SESSION_IDLE_MS;
  const absolute = session.createdAt.getTime() + SESSION_ABSOLUTE_MS;
  return new Date(Math.min(idle, absolute));
}

export function shouldTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_EVERY_MS;
}

export interface ThrottleWindow {
  attempts: number;
  windowStartedAt: Date;
}

/**
 * Minutes to wait, or 0 when allowed, once this attempt was counted: the counter of the address is
 * incremented first, in one statement, then read — so concurrent attempts each see their own rank
 * and the 21st of a window is refused, however many arrive at once.
 */
export function throttleWaitMinutes(counted: ThrottleWindow, now: Date): number {
  const elapsed = now.getTime() - counted.windowStartedAt.getTime();
  if (elapsed >= THROTTLE_WINDOW_MS || counted.attempts <= THROTTLE_MAX_ATTEMPTS) return 0;
  return Math.max(1, Math.ceil((THROTTLE_WINDOW_MS - elapsed) / 60000));
}

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/**
 * How long an account is refused after its n-th wrong password in a row: nothing for the first
 * four, then 1 minute, doubling at each further failure (2, 4, 8…), never more than an hour. An
 * increasing delay, not a lock: no one can shut an account for good by guessing, the right
 * password works again when the delay ends, and an administrator can lift it at once.
 */
export function accountDelayMs(failedAttempts: number): number {
  if (failedAttempts < MAX_FAILED_ATTEMPTS) return 0;
  return Math.min(
    ACCOUNT_DELAY_BASE_MS * 2 ** Math.min(failedAttempts - MAX_FAILED_ATTEMPTS, 20),
    ACCOUNT_DELAY_MAX_MS,
  );
}

/** After a wrong password: count it, and from the fifth in a row refuse the account for a growing delay. */
export function lockAfterFailure(state: LockState, now: Date): LockState & { justLocked: boolean } {
  const failed = state.failedAttempts + 1;
  const delay = accountDelayMs(failed);
  if (delay > 0) return { failedAttempts: failed, lockedUntil: new Date(now.getTime() + delay), justLocked: true };
  return { failedAttempts: failed, lockedUntil: null, justLocked: false };
}

/** Whole seconds until a moment (at least 1), for Retry-After. */
export const secondsUntil = (until: Date, now: Date) =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

/**
 * What a failed login may record of the address typed: lower-cased and trimmed, and only when it
 * looks like an e-mail address (a password typed in the wrong field must never reach the journal).
 */
export function loggableLoginEmail(typed: string): string | null {
  const email = typed.trim().toLowerCase();
  if (email.length > 254) return null;
  return /^[a-z0-9._%+'-]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,63}$/.test(email) ? email : null;
}
