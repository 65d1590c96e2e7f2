import type { ColumnType, Generated } from 'kysely';

/**
 * Row types as both engines return them once db/type-parsers.ts is applied:
 * int8 → bigint, date → 'YYYY-MM-DD' string, numeric → string, timestamptz → Date.
 */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type DateText = string; // 'YYYY-MM-DD'
export type Json = ColumnType<unknown, string | null, string | null>;
export type { ColumnType, Generated };
