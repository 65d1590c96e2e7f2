import { conventionReaders, signedIn, type MatrixEntry } from './types';

/** Authorisation matrix: dashboard, annual review, COPIL pack and the convention workbook: every reader of the convention. */
export const reportsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/dashboard', expect: conventionReaders() },
  { method: 'GET', url: '/api/conventions/:id/annual-review', query: 'year=2024', expect: conventionReaders() },
  {
    method: 'GET',
    url: '/api/conventions/:id/copil-pack',
    query: 'year=2024&format=docx',
    expect: conventionReaders(),
  },
  { method: 'GET', url: '/api/conventions/:id/exports/convention.xlsx', expect: conventionReaders() },
  // A POST that changes nothing: the table the caller's page shows, sent back as xlsx (no partnership data read).
  {
    method: 'POST',
    url: '/api/exports/table.xlsx',
    personal: true,
    body: { title: 'Tableau de la matrice', columns: ['Année', 'Voté'], rows: [['2024', '4 000 000,00 €']] },
    expect: signedIn('ok'),
  },
];
