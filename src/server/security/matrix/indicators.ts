import { conventionReaders, writers, type MatrixEntry } from './types';

/** Authorisation matrix: indicators, their values and export. The walked indicator is the office's to enter. */
export const indicatorsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/indicators', expect: conventionReaders() },
  { method: 'GET', url: '/api/indicators/:id', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/indicators/:id/values',
    body: { period: '2024', value: '1', source: 'Matrice' },
    expect: writers('officeManager', 'officeAgent'),
  },
  { method: 'GET', url: '/api/conventions/:id/exports/indicateurs.xlsx', expect: conventionReaders() },
];
