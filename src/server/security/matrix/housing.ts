import { establishmentBody, smallStock } from '../matrix-fixtures';
import { conventionReaders, signedIn, writers, type BodyContext, type MatrixEntry } from './types';

/**
 * Authorisation matrix: stock, dwellings, establishments, letting bans and imports. The landlord's
 * users, its partners in a convention (Département, appointed controller) and the administrator
 * read a stock; its office staff and the administrator import it and manage its establishments;
 * the legal calendar is the administrator's.
 */
/** A date never used before: each version of the calendar is in force from its own day. */
const daysAfter = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

const stockWriters = writers('admin', 'officeManager', 'officeAgent');

export const housingRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/stocks', expect: signedIn('ok') },
  { method: 'GET', url: '/api/stocks/:id', expect: conventionReaders() },
  { method: 'GET', url: '/api/stocks/:id/dwellings', expect: conventionReaders() },
  { method: 'GET', url: '/api/stocks/:id/exports/dwellings/:format', expect: conventionReaders() },
  { method: 'GET', url: '/api/stocks/:id/exports/trajectory/:format', expect: conventionReaders() },
  { method: 'GET', url: '/api/dwellings/:id', expect: conventionReaders() },
  {
    // A date in the future: the office's staff pass the authorisation and meet the validation
    // (400), so the dwelling stays in the stock for every role; the others are refused first.
    method: 'POST',
    url: '/api/dwellings/:id/retirement',
    body: { reason: 'sale', on: '2999-01-01' },
    expect: { ...stockWriters, admin: 400, officeManager: 400, officeAgent: 400 },
  },
  { method: 'GET', url: '/api/stocks/:id/trajectory', expect: conventionReaders() },
  { method: 'GET', url: '/api/stocks/:id/establishments', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/stocks/:id/establishments',
    body: (c: BodyContext) => establishmentBody(`Béguinage ${c.unique} (matrice)`),
    expect: stockWriters,
  },
  {
    method: 'PUT',
    url: '/api/establishments/:id',
    body: establishmentBody('Béguinage de la matrice'),
    expect: stockWriters,
  },
  { method: 'DELETE', url: '/api/establishments/:id', fresh: 'establishment', expect: stockWriters },
  { method: 'GET', url: '/api/letting-ban-calendars', expect: signedIn('ok') },
  {
    method: 'POST',
    url: '/api/letting-ban-calendars',
    body: (c: BodyContext) => ({
      label: `Calendrier ${c.unique} (matrice)`,
      legalReference: 'Loi n° 2021-1104 du 22 août 2021, article 160',
      inForceFrom: daysAfter('2040-01-01', c.unique),
      deadlines: [
        { territory: 'mainland', bannedClass: 'G', effectiveFrom: '2060-01-01' },
        { territory: 'overseas', bannedClass: 'G', effectiveFrom: '2062-01-01' },
      ],
    }),
    expect: {
      admin: 'ok',
      coordinator: 403,
      departmentAgent: 403,
      officeManager: 403,
      officeAgent: 403,
      controller: 403,
      electedMember: 403,
      otherLandlord: 403,
      anonymous: 401,
    },
  },
  {
    method: 'POST',
    url: '/api/stocks/:id/imports',
    upload: { filename: 'rpls-matrice.csv', contentType: 'text/csv', file: smallStock },
    expect: stockWriters,
  },
  { method: 'GET', url: '/api/stocks/:id/imports', expect: conventionReaders() },
  { method: 'GET', url: '/api/stock-imports/template.xlsx', expect: signedIn('ok') },
  { method: 'GET', url: '/api/stock-imports/:id', expect: conventionReaders() },
  { method: 'GET', url: '/api/stock-imports/:id/errors', expect: conventionReaders() },
  { method: 'GET', url: '/api/stock-imports/:id/errors.csv', expect: conventionReaders() },
];
