import { describe, expect, it } from 'vitest';
import { createUserBody, loginBody } from '../../../contracts/access';
import {
  extendedExpiry,
  isLocked,
  isSessionExpired,
  accountDelayMs,
  secondsUntil,
  lockAfterFailure,
  loggableLoginEmail,
  newSessionExpiry,
  type LockState,
  passwordProblems,
  PASSWORD_MAX_LENGTH,
  isCommonPassword,
  commonForms,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  shouldTouch,
  THROTTLE_MAX_ATTEMPTS,
  THROTTLE_WINDOW_MS,
  throttleWaitMinutes,
} from './access.rules';

const H = 60 * 60 * 1000;
const MIN = 60 * 1000;
const t0 = new Date('2026-03-10T08:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('passwordProblems', () => {
  const email = 'marie.durand@pasdecalais.fr';

  it('accepts a long password mixing three classes', () => {
    expect(passwordProblems('Copil-Arras-2024', email)).toEqual([]);
    expect(passwordProblems('arras 2024 copil!', email)).toEqual([]); // lower + digit + symbol
  });

  it('refuses fewer than 12 characters, and says so in French', () => {
    const problems = passwordProblems('Ab1-Ab1-Ab1', email); // 11
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/au moins 12 caractères/);
    expect(passwordProblems('Ab1-Ab1-Ab1x', email)).toEqual([]); // 12
  });

  it('refuses fewer than three character classes', () => {
    expect(passwordProblems('abcdefghijklmnop', email)).toEqual([expect.stringMatching(/trois types/)]);
    expect(passwordProblems('tuvwxyzq12345678', email)).toEqual([expect.stringMatching(/trois types/)]);
    expect(passwordProblems('TUVWXYZQ12345678', email)).toEqual([expect.stringMatching(/trois types/)]);
  });

  it("refuses a password containing the e-mail's local part, whatever its case", () => {
    const problems = passwordProblems('XX-Marie.Durand-99', email);
    expect(problems).toEqual([expect.stringMatching(/identifiant de l'adresse/)]);
  });

  it('ignores a local part shorter than 4 characters', () => {
    expect(passwordProblems('Bob-Password-2024', 'bob@example.test')).toEqual([]);
  });

  it('refuses one repeated character, and reports every problem together', () => {
    const problems = passwordProblems('bbbb', email);
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).toMatch(/répéter un seul caractère/);
    expect(passwordProblems('a'.repeat(20), email)).toContainEqual(expect.stringMatching(/répéter/));
  });
});

describe('session lifetime', () => {
  const fresh = { createdAt: t0, lastSeenAt: t0, expiresAt: newSessionExpiry(t0) };

  it('starts with a 2 h idle deadline', () => {
    expect(fresh.expiresAt.getTime() - t0.getTime()).toBe(SESSION_IDLE_MS);
    expect(SESSION_IDLE_MS).toBe(2 * H);
    expect(SESSION_ABSOLUTE_MS).toBe(12 * H);
  });

  it('ends after 2 h idle, exactly at the deadline', () => {
    expect(isSessionExpired(fresh, at(2 * H - 1))).toBe(false);
    expect(isSessionExpired(fresh, at(2 * H))).toBe(true);
    expect(isSessionExpired(fresh, at(3 * H))).toBe(true);
  });

  it('ends 12 h after login even when kept active', () => {
    const active = { createdAt: t0, lastSeenAt: at(12 * H - MIN), expiresAt: at(14 * H) };
    expect(isSessionExpired(active, at(12 * H - 1))).toBe(false);
    expect(isSessionExpired(active, at(12 * H))).toBe(true);
  });

  it('moves the idle deadline with activity but never past the absolute limit', () => {
    expect(extendedExpiry(fresh, at(H)).getTime()).toBe(at(3 * H).getTime());
    expect(extendedExpiry(fresh, at(11 * H)).getTime()).toBe(at(12 * H).getTime());
    expect(extendedExpiry(fresh, at(13 * H)).getTime()).toBe(at(12 * H).getTime());
  });

  it('writes last_seen_at at most once a minute', () => {
    expect(shouldTouch(fresh, at(59 * 1000))).toBe(false);
    expect(shouldTouch(fresh, at(MIN))).toBe(true);
    expect(shouldTouch({ ...fresh, lastSeenAt: at(10 * MIN) }, at(10 * MIN + 30 * 1000))).toBe(false);
  });
});

describe('login throttle per client address (the attempt is counted first, then read)', () => {
  it('allows up to 20 attempts counted in the window', () => {
    expect(throttleWaitMinutes({ attempts: 1, windowStartedAt: t0 }, t0)).toBe(0);
    expect(throttleWaitMinutes({ attempts: THROTTLE_MAX_ATTEMPTS, windowStartedAt: t0 }, at(MIN))).toBe(0);
  });

  it('refuses the 21st attempt of a window, for the rest of the window rounded up to the minute', () => {
    const over = { attempts: THROTTLE_MAX_ATTEMPTS + 1, windowStartedAt: t0 };
    expect(THROTTLE_MAX_ATTEMPTS).toBe(20);
    expect(throttleWaitMinutes(over, t0)).toBe(15);
    expect(throttleWaitMinutes(over, at(4 * MIN + 1))).toBe(11);
    expect(throttleWaitMinutes(over, at(14 * MIN + 59 * 1000))).toBe(1);
    expect(throttleWaitMinutes(over, at(THROTTLE_WINDOW_MS))).toBe(0);
    expect(throttleWaitMinutes({ attempts: 60, windowStartedAt: t0 }, at(MIN))).toBe(14);
  });
});

describe('account delay after wrong passwords', () => {
  const clean = { failedAttempts: 0, lockedUntil: null };

  it('counts the first four failures without delay', () => {
    let state: LockState = { ...clean };
    for (let i = 1; i <= 4; i++) {
      const next = lockAfterFailure(state, t0);
      expect(next).toEqual({ failedAttempts: i, lockedUntil: null, justLocked: false });
      state = next;
    }
    expect(isLocked(state, t0)).toBe(false);
  });

  it('refuses the account 1 minute after the fifth failure in a row, then doubles, never over an hour', () => {
    expect([4, 5, 6, 7, 8, 9, 10, 11, 12, 50, 1000].map((n) => accountDelayMs(n) / MIN)).toEqual([
      0, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60,
    ]);
    const next = lockAfterFailure({ failedAttempts: 4, lockedUntil: null }, t0);
    expect(next).toEqual({ failedAttempts: 5, lockedUntil: at(MIN), justLocked: true });
    expect(isLocked(next, at(MIN - 1))).toBe(true);
    expect(isLocked(next, at(MIN))).toBe(false);
    const again = lockAfterFailure(next, at(2 * MIN));
    expect(again).toEqual({ failedAttempts: 6, lockedUntil: at(4 * MIN), justLocked: true });
  });

  it('gives Retry-After in whole seconds, at least one', () => {
    expect(secondsUntil(at(90 * 1000), t0)).toBe(90);
    expect(secondsUntil(at(1), t0)).toBe(1);
    expect(secondsUntil(t0, at(MIN))).toBe(1);
  });
});

describe('loggableLoginEmail (what a failed login may record)', () => {
  it('keeps a normalised e-mail address', () => {
    expect(loggableLoginEmail('  Marie.Dupont@Pasdecalais.FR ')).toBe('marie.dupont@pasdecalais.fr');
  });
  it('records nothing of what does not look like an e-mail address (a password typed in the wrong field)', () => {
    for (const typed of ['Azerty123456!', 'moi@', '@exemple.fr', 'a b@exemple.fr', 'x'.repeat(300) + '@exemple.fr', ''])
      expect(loggableLoginEmail(typed), typed).toBeNull();
  });
});

describe('password policy: common passwords and one maximum length', () => {
  it('refuses common passwords whatever their case, digit or symbol suffix and digits read as letters', () => {
    for (const pw of [
      'Password1234',
      'Azerty123456',
      'AZERTY123456!',
      'Motdepasse2024!',
      'MotDePasse-123',
      'Soleil2024!!!',
      'P@ssw0rd12345',
      '2024Marseille!',
      'Bienvenue123!',
      'Jetaime123456',
    ]) {
      expect(isCommonPassword(pw), pw).toBe(true);
      expect(passwordProblems(pw, 'agent@exemple.fr'), pw).toContainEqual(expect.stringMatching(/trop courant/));
    }
  });
  it('accepts a long passphrase that merely contains a common word', () => {
    expect(passwordProblems('Soleil-Couchant-sur-Arras-42', 'agent@exemple.fr')).toEqual([]);
    expect(passwordProblems('Correct-Horse-42-Battery', 'agent@exemple.fr')).toEqual([]);
  });
  it('compares lower-cased forms without trivial prefixes and suffixes', () => {
    expect(commonForms('Azerty123456!')).toContain('azerty');
    expect(commonForms('P@ssw0rd')).toContain('password');
  });
  it('refuses a password over the one maximum length, which login applies too', () => {
    const long = 'Aa1-'.repeat(40);
    expect(long.length).toBeGreaterThan(PASSWORD_MAX_LENGTH);
    expect(passwordProblems(long, 'agent@exemple.fr')).toContain(
      `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`,
    );
    const longest = 'Aa1-'.repeat(PASSWORD_MAX_LENGTH / 4);
    expect(passwordProblems(longest, 'agent@exemple.fr')).toEqual([]);
    expect(loginBody.safeParse({ email: 'agent@exemple.fr', password: longest }).success).toBe(true);
    expect(loginBody.safeParse({ email: 'agent@exemple.fr', password: `${longest}x` }).success).toBe(false);
    expect(
      createUserBody.safeParse({
        email: 'a@exemple.fr',
        displayName: 'A',
        organisationId: null,
        roles: ['admin'],
        password: `${longest}x`,
      }).success,
    ).toBe(false);
  });
});
