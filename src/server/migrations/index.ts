import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T1200_foundation';
import * as conventionContent from './2026-11-29T1300_convention_content';
import * as finance from './2026-11-29T1400_finance';
import * as housing from './2026-11-29T1500_housing';
import * as governance from './2026-11-29T1600_governance';
import * as operations from './2026-11-29T1700_operations';
import * as obligations from './2026-11-29T1800_obligations';
import * as indicators from './2026-11-29T1900_indicators';
import * as referenceOperations from './2026-11-29T2000_reference_operations';
import * as readCaches from './2026-11-30T0900_read_caches';
import * as importStaging from './2026-11-30T0910_import_staging';
import * as auditScope from './2026-12-07T1200_audit_scope';
import * as dashboardDutyEvidence from './2026-12-07T1200_dashboard_duty_evidence';
import * as auditCheckpoints from './2026-12-07T1300_audit_checkpoints';
import * as governanceCoChairsStandingMembers from './2026-12-07T1500_governance_co_chairs_standing_members';
import * as importCopy from './2026-12-07T1507_import_copy';
import * as reportedEventsGuaranteeRequests from './2026-12-07T1510_reported_events_guarantee_requests';
import * as countedDwellingsRetirement from './2026-12-07T1512_counted_dwellings_retirement';
import * as progressStateForecastReviewEventDuties from './2026-12-07T1520_progress_state_forecast_review_event_duties';
import * as accountLinks from './2026-12-07T1530_account_links';

/**
 * Every migration, by timestamped name. Listed here (not read from disk) so the same code runs
 * under tsx, in tests and in a bundled build. Names sort in the order they apply.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-29T1200_foundation': foundation,
  '2026-11-29T1300_convention_content': conventionContent,
  '2026-11-29T1400_finance': finance,
  '2026-11-29T1500_housing': housing,
  '2026-11-29T1600_governance': governance,
  '2026-11-29T1700_operations': operations,
  '2026-11-29T1800_obligations': obligations,
  '2026-11-29T1900_indicators': indicators,
  '2026-11-29T2000_reference_operations': referenceOperations,
  '2026-11-30T0900_read_caches': readCaches,
  '2026-11-30T0910_import_staging': importStaging,
  '2026-12-07T1200_audit_scope': auditScope,
  '2026-12-07T1200_dashboard_duty_evidence': dashboardDutyEvidence,
  '2026-12-07T1300_audit_checkpoints': auditCheckpoints,
  '2026-12-07T1500_governance_co_chairs_standing_members': governanceCoChairsStandingMembers,
  '2026-12-07T1507_import_copy': importCopy,
  '2026-12-07T1510_reported_events_guarantee_requests': reportedEventsGuaranteeRequests,
  '2026-12-07T1512_counted_dwellings_retirement': countedDwellingsRetirement,
  '2026-12-07T1520_progress_state_forecast_review_event_duties': progressStateForecastReviewEventDuties,
  '2026-12-07T1530_account_links': accountLinks,
};
