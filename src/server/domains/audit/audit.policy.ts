export { canReadAudit } from '../access/access.policy';
