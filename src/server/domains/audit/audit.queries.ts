/**
 * What the audit domain publishes to the others: the check of a run of the hash chain and the signed
 * checkpoints (the evidence bundle verifies the events it embeds and ships the checkpoints).
 */
export { storedEventOf, verifyBatch, type ChainBreak, type ChainState, type StoredEvent } from './audit.rules';
export { presentCheckpoints } from './audit.service';
/** The chain up to the end of a day, each event marked when the convention's controller may read it, and the checkpoints by then. */
export { auditEventsUntil, checkpointsUntil } from './audit.repository';
