import { instanceStatusLabels, type InstanceStatusCode } from '../../../contracts/obligations';
import './obligations.css';

/** A duty instance's status as a labelled badge (text, never colour alone). */
export function StatusBadge({ status }: { status: InstanceStatusCode }) {
  return <span className={`duty-status duty-status-${status}`}>{instanceStatusLabels[status]}</span>;
}
