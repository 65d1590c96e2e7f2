/**
 * What the governance domain publishes to the others: a convention's decisions and the extract of
 * one of them as a file.
 */
export { extractFile, listDecisions } from './decisions.service';
