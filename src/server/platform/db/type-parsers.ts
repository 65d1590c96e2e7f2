/**
 * One set of type parsers for both drivers (pg and PGlite), keyed by PostgreSQL type OID, so the
 * two engines return identical rows. Without it pg returns int8 as a string and dates as local
 * midnight Date objects, while PGlite returns numbers and UTC Dates.
 */
export const OID = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

/** PostgreSQL's text form of a timestamp ('2026-11-29 11:31:29.123456+00') → Date. */
export function parseTimestamp(value: string): Date {
  const iso = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : iso + 'Z');
}

export const typeParsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: (value) => BigInt(value),
  [OID.numeric]: (value) => value,
  [OID.date]: (value) => value,
  [OID.timestamp]: parseTimestamp,
  [OID.timestamptz]: parseTimestamp,
};
