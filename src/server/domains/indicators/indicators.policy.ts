import type { Side } from '../../kernel/convention-scope';
import { canWrite, hasRole, type Principal } from '../../kernel/principal';
import type { IndicatorParty } from '../../../contracts/indicators';

/**
 * Values of an entered indicator are entered by the users of its responsible party (the
 * Département's coordinator and agents, or the office's manager and agents); everyone who reads
 * the convention reads them. Computed indicators are never entered: Copil derives them.
 */
export function canEnterValue(p: Principal, side: Side | null, party: IndicatorParty, computed: boolean): boolean {
  if (computed || !canWrite(p) || side !== party) return false;
  return party === 'department'
    ? hasRole(p, 'coordinator', 'department_agent')
    : hasRole(p, 'office_manager', 'office_agent');
}
