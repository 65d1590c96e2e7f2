/**
 * What the indicators domain publishes to the others: indicators with their history and targets,
 * those off target, and their sheets for the convention's workbook.
 */
export { getIndicatorsWithHistory, indicatorsOffTarget } from './indicators.service';
export { indicatorSheets } from './exports.service';
