/**
 * What the audit domain publishes to the others: the check of a run of the hash chain (the evidence
 * bundle verifies the events it embeds).
 */
export { verifyBatch, type ChainBreak, type ChainState, type StoredEvent } from './audit.rules';
