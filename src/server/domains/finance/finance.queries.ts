/**
 * What the finance domain publishes to the others: the convention's finance overview (envelopes,
 * allocations, agreements, payments and the forecast) and its tables as spreadsheet sheets. Other
 * domains read the finance tables through these alone (the lint rule in eslint.config.js).
 */
export { getFinanceOverview } from './envelopes.service';
export { financeSheets, financeTables } from './exports.service';
/**
 * The finance reads other domains compose with their own: what operations show of their funding,
 * the forecast's voted and paid per year, the indicators' payments, governance's link targets.
 */
export {
  affectedToOperation,
  agreementOfConvention,
  agreementsByIds,
  agreementsOfConvention,
  allocationOfConvention,
  allocationsByYear,
  conventionHoldsFinance,
  loanGuaranteeOfConvention,
  paidByYear,
  paymentRequestsOfOperation,
} from './published.repository';
