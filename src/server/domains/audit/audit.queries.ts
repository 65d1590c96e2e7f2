/**
 * What the audit domain publishes to the others: the check of a run of the hash chain and the signed
 * checkpoints (the evidence bundle verifies the events it embeds and ships the checkpoints).
 */
export { verifyBatch, type ChainBreak, type ChainState, type StoredEvent } from './audit.rules';
export { presentCheckpoints } from './audit.service';
