import { forecastBody, operationBody, XLSX_TYPE } from '../matrix-fixtures';
import { conventionReaders, writers, type BodyContext, type MatrixEntry } from './types';

/**
 * Authorisation matrix: operations, progress tables and volume forecasts. The office (manager and
 * agents) keeps its operations and fills its tables and forecasts, its manager alone submits them; the Département's DAT
 * coordinator reviews (comments, accepts), never what its own organisation submitted.
 */
const office = writers('officeManager', 'officeAgent');
const reviewer = writers('coordinator');

export const operationsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/operations', expect: conventionReaders() },
  { method: 'GET', url: '/api/conventions/:id/exports/operations.xlsx', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/operations',
    body: (c: BodyContext) => operationBody(`Entretien ${c.unique} (matrice)`),
    expect: office,
  },
  { method: 'GET', url: '/api/operations/:id', expect: conventionReaders() },
  { method: 'PUT', url: '/api/operations/:id', body: operationBody('Entretien courant (matrice)'), expect: office },
  { method: 'GET', url: '/api/dwellings/:id/operations', expect: conventionReaders() },
  { method: 'GET', url: '/api/conventions/:id/progress-tables', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/progress-tables',
    fresh: 'halfYear',
    body: (c: BodyContext) => ({ periodEnd: c.id('periodEnd') }),
    expect: office,
  },
  { method: 'GET', url: '/api/progress-tables/:id', expect: conventionReaders() },
  {
    method: 'PUT',
    url: '/api/progress-tables/:id/rows',
    body: (c: BodyContext) => ({
      rows: [
        {
          operationId: c.id('operationId'),
          status: 'planned',
          percentComplete: 0,
          officeComment: 'Études en cours (matrice)',
        },
      ],
    }),
    expect: office,
  },
  { method: 'GET', url: '/api/progress-tables/:id/xlsx', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/progress-tables/:id/xlsx',
    upload: { filename: 'tableau.xlsx', contentType: XLSX_TYPE, file: (c: BodyContext) => c.file('progressXlsx') },
    expect: office,
  },
  {
    method: 'POST',
    url: '/api/progress-tables/:id/transitions',
    fresh: 'submittedTable',
    body: { action: 'accept' },
    expect: reviewer,
  },
  {
    method: 'PUT',
    url: '/api/progress-tables/:id/rows/:operationId/review-comment',
    at: { 'progress-tables': 'submittedTable' },
    body: { comment: 'À préciser (matrice)' },
    expect: reviewer,
  },
  {
    method: 'GET',
    url: '/api/progress-tables/:id/diff',
    at: { 'progress-tables': 'submittedTable' },
    query: (c: BodyContext) => `against=${c.id('progress-tables')}`,
    expect: conventionReaders(),
  },
  { method: 'GET', url: '/api/conventions/:id/volume-forecasts', expect: conventionReaders() },
  { method: 'PUT', url: '/api/conventions/:id/volume-forecasts/:year', body: forecastBody, expect: office },
  {
    method: 'POST',
    url: '/api/conventions/:id/volume-forecasts/:year/submit',
    fresh: 'forecastYear',
    expect: writers('officeManager'),
  },
  {
    method: 'POST',
    url: '/api/conventions/:id/volume-forecasts/:year/review',
    fresh: 'submittedForecastYear',
    body: { action: 'accept' },
    expect: reviewer,
  },
];
