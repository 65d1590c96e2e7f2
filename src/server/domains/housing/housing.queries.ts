/**
 * What the housing domain publishes to the others: the letting-ban trajectory as of a date, a
 * landlord's stock access for a principal, and one dwelling. Other domains read the stock through
 * these alone (the lint rule in eslint.config.js enforces it).
 */
export { getTrajectory } from './trajectory.service';
export { loadStockAccess } from './housing.service';
export { findDwelling } from './housing.repository';
/** Dwellings by id, and the landlord's picked dwellings locked in the caller's transaction (operations). */
export { dwellingsByIds, lockLandlordDwellings } from './published.repository';
