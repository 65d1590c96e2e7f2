import { describe, expect, it } from 'vitest';
import { findUnstorableText, hasUnstorableText } from './text-guard';

/** Text PostgreSQL cannot store (NUL, half a surrogate pair) is found wherever it hides in a request. */
describe('the text guard', () => {
  it('finds NUL and lone surrogates, and lets whole characters through', () => {
    for (const bad of ['a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800', 'fin\ud83d'])
      expect(hasUnstorableText(bad), JSON.stringify(bad)).toBe(true);
    for (const good of [
      '',
      'Résidence « Les Tilleuls »',
      '😀',
      '👨‍👩‍👧‍👦',
      '\u202eRTL',
      'e\u0301',
      '\ufeff',
      "'; DROP TABLE dwellings; --",
    ])
      expect(hasUnstorableText(good), JSON.stringify(good)).toBe(false);
  });

  it('names the first field holding such text, keys included, in the dotted form of validation errors', () => {
    expect(findUnstorableText({ label: 'ok', rows: [{ officeComment: 'ok' }, { officeComment: 'a\u0000' }] })).toBe(
      'rows.1.officeComment',
    );
    expect(findUnstorableText({ ['cl\ud800']: 1 })).toBe('cl\ud800');
    expect(findUnstorableText('\u0000')).toBe('');
    expect(findUnstorableText({ a: [1, true, null, 'ok'] })).toBeNull();
  });

  it('walks a very deep body without exhausting the stack', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}"\\u0000"${']'.repeat(200_000)}`) as unknown;
    expect(findUnstorableText(deep)).toMatch(/^0(\.0)*$/);
  });
});
