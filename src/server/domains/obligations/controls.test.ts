import { describe, expect, it } from 'vitest';
import { chainReport, manifest, readableJson, safeName, sha256 } from './controls.rules';

describe('evidence bundle rules', () => {
  it('keeps file names inside their folder of the zip', () => {
    expect(safeName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeName('facture\u0000 n°1:2025.pdf')).toBe('facture_ n°1_2025.pdf');
    expect(safeName('..')).toBe('piece');
    expect(safeName('   ')).toBe('piece');
  });

  it('writes cents exactly and leaves raw bytes out of JSON', () => {
    expect(
      JSON.parse(readableJson({ amount: 12_345_678_901_234_567n, content: new Uint8Array([1]) }).toString()),
    ).toEqual({ amount: '12345678901234567' });
  });

  it('says whether the chain holds, and where it breaks', () => {
    expect(
      chainReport({ valid: true, checkedEvents: 12, firstBrokenEventId: null, reason: null }, '2026-06-30'),
    ).toContain('VALIDE (12 événements vérifiés)');
    const broken = chainReport(
      {
        valid: false,
        checkedEvents: 4,
        firstBrokenEventId: '5',
        reason: 'Le contenu de cet événement a été modifié après son enregistrement.',
      },
      '2026-06-30',
    );
    expect(broken).toContain('ROMPUE');
    expect(broken).toContain('événement n° 5');
    expect(broken).toContain('modifié après son enregistrement');
  });

  it('lists every file with its size and SHA-256', () => {
    const content = Buffer.from('abc');
    const parsed = JSON.parse(
      manifest([{ path: 'a.txt', content }], {
        conventionTitle: 'C',
        asOf: '2026-01-01',
        generatedAt: 'x',
        generatedBy: 'y',
      }).toString(),
    );
    expect(parsed.files).toEqual([
      { path: 'a.txt', bytes: 3, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    ]);
    expect(sha256(content)).toBe(parsed.files[0].sha256);
  });
});
