import { describe, expect, it } from 'vitest';
import {
  INVITATION_TTL_MS,
  linkExpiry,
  linkMail,
  linkState,
  linkUrl,
  RESET_TTL_MS,
  resetMailFor,
  resetMailKey,
} from './account-links.rules';

const now = new Date('2026-12-07T15:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('single-use password links', () => {
  it('expires an invitation after 72 h and a forgotten-password link after 1 h', () => {
    expect(linkExpiry('invitation', now)).toEqual(at(INVITATION_TTL_MS));
    expect(INVITATION_TTL_MS).toBe(72 * 3600_000);
    expect(linkExpiry('reset', now)).toEqual(at(RESET_TTL_MS));
    expect(RESET_TTL_MS).toBe(3600_000);
  });

  it('works once, until its expiry, and not after a newer link replaced it', () => {
    const link = { expiresAt: at(RESET_TTL_MS), usedAt: null, revokedAt: null };
    expect(linkState(link, now)).toBe('usable');
    expect(linkState(link, at(RESET_TTL_MS - 1))).toBe('usable');
    expect(linkState(link, at(RESET_TTL_MS))).toBe('expired');
    expect(linkState({ ...link, usedAt: at(1) }, at(2))).toBe('used');
    expect(linkState({ ...link, revokedAt: at(1) }, at(2))).toBe('replaced');
    // Used wins over expired: the person is told it already served.
    expect(linkState({ ...link, usedAt: at(1) }, at(2 * RESET_TTL_MS))).toBe('used');
  });

  it('gives the same e-mail decision for an unknown address as for a disabled account', () => {
    expect(resetMailFor(undefined)).toBe(false);
    expect(resetMailFor({ disabledAt: now })).toBe(false);
    expect(resetMailFor({ disabledAt: null })).toBe(true);
  });

  it('sends one forgotten-password e-mail per address and quarter of an hour, whatever the case', () => {
    const key = resetMailKey('Marie.Dupont@Example.test ', now);
    expect(resetMailKey('marie.dupont@example.test', at(60_000))).toBe(key);
    expect(resetMailKey('marie.dupont@example.test', at(15 * 60_000))).not.toBe(key);
    expect(resetMailKey('autre@example.test', now)).not.toBe(key);
  });

  it('puts the token in the fragment of the link, never in the query string', () => {
    expect(linkUrl('https://copil.example.fr/', 'abc_-1')).toBe(
      'https://copil.example.fr/choisir-mot-de-passe#jeton=abc_-1',
    );
  });

  it('writes the e-mail in French with the link and its expiry', () => {
    const mail = linkMail({
      purpose: 'invitation',
      displayName: 'Marie Dupont',
      url: 'https://copil.example.fr/choisir-mot-de-passe#jeton=x',
      expiresAt: new Date('2026-12-10T15:00:00Z'),
      publicUrl: 'https://copil.example.fr',
    });
    expect(mail.subject).toContain('choisissez votre mot de passe');
    expect(mail.text).toContain('Bonjour Marie Dupont');
    expect(mail.text).toContain('#jeton=x');
    expect(mail.text).toContain('10 décembre 2026 à 16:00');
    const reset = linkMail({
      ...{ purpose: 'reset' as const },
      displayName: 'M',
      url: 'u',
      expiresAt: now,
      publicUrl: 'p',
    });
    expect(reset.text).toContain("Si vous n'êtes pas à l'origine de cette demande");
  });
});
