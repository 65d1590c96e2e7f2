/**
 * What the operations domain publishes to the others: how many dwellings an operation covers (one
 * SQL expression, picked and counted dwellings alike, over an `operations o` row), and the
 * treatments of a landlord's dwellings (an SQL fragment the housing trajectory composes into its one
 * set-based statement).
 */
export { operationDwellingCount, treatmentsSource } from './operations.repository';
/** One operation as finance and communication name it; the dwellings delivered per year (indicators). */
export { deliveredDwellingsByYear, findOperationForAgreement, findOperationHeader } from './operations.repository';
