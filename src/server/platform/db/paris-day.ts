import { sql } from 'kysely';

/**
 * The instant a calendar day ends in Paris, in SQL: what happened "on or before D" (an event, a
 * submission, a checkpoint stored as a timestamp) is what happened before this instant. One
 * expression for every domain that reads "as of D".
 */
export const endOfParisDay = (asOf: string) => sql<Date>`(${asOf}::date + 1)::timestamp at time zone 'Europe/Paris'`;
