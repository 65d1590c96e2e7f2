import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from './ical.rules';

describe('iCalendar (RFC 5545)', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('builds all-day events with CRLF line ends and a stable UID', () => {
    const ics = buildCalendar(
      'Copil',
      [
        {
          uid: 'abc@copil',
          date: '2025-12-31',
          summary: 'Réunir le COPIL, T4',
          description: 'Ligne 1\nLigne 2',
          url: 'http://x/y',
          status: 'En retard',
        },
      ],
      new Date('2025-12-01T08:09:10.123Z'),
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('UID:abc@copil');
    expect(lines).toContain('DTSTART;VALUE=DATE:20251231');
    expect(lines).toContain('DTEND;VALUE=DATE:20260101');
    expect(lines).toContain('DTSTAMP:20251201T080910Z');
    expect(lines).toContain('SUMMARY:Réunir le COPIL\\, T4');
    expect(lines).toContain('DESCRIPTION:Ligne 1\\nLigne 2');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });
});
