import { platformRoutes } from './platform';
import { accessRoutes } from './access';
import { auditRoutes } from './audit';
import { reportsRoutes } from './reports';
import { indicatorsRoutes } from './indicators';
import { operationsRoutes } from './operations';
import { obligationsRoutes } from './obligations';
import { housingRoutes } from './housing';
import { financeRoutes } from './finance';
import { governanceRoutes } from './governance';
import { conventionsRoutes } from './conventions';
import type { MatrixEntry } from './types';

/**
 * The whole authorisation matrix (issue 10, point 1), one file per domain. A domain that adds an
 * API route adds its entry in its own file; authorisation-matrix.db.test.ts fails on any
 * registered /api route missing here, and on any entry whose route no longer exists.
 */
export const authorisationMatrix: MatrixEntry[] = [
  ...platformRoutes,
  ...accessRoutes,
  ...auditRoutes,
  ...reportsRoutes,
  ...indicatorsRoutes,
  ...operationsRoutes,
  ...obligationsRoutes,
  ...housingRoutes,
  ...financeRoutes,
  ...governanceRoutes,
  ...conventionsRoutes,
];
