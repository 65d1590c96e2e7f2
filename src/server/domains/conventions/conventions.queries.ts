/**
 * What the conventions domain publishes to the others: organisations, the conventions a principal
 * may list, a convention's whole text as amended on a date, and its years. Other domains read the
 * conventions' tables through these alone (the lint rule in eslint.config.js enforces it).
 */
export { findOrganisation, findOrganisationBySiret, listConventions } from './conventions.repository';
export { getConventionDetail } from './conventions.service';
export { conventionYears } from './commitment.rules';
export { getObjectivesTree } from './commitments.service';
/** Objectives and axes by id (indicators), an amendment of a convention (governance's links). */
export { amendmentOfConvention, axesByIds, objectivesByIds } from './published.repository';
export { lockOrganisation, organisationKindOf, organisationNameOf } from './organisations.repository';
