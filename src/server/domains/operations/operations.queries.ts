/**
 * What the operations domain publishes to the others: how many dwellings an operation covers (one
 * SQL expression, picked and counted dwellings alike, over an `operations o` row).
 */
export { operationDwellingCount } from './operations.repository';
