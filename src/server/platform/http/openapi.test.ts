import { describe, expect, it } from 'vitest';
import { operationIdOf } from './openapi';

describe('operationIdOf', () => {
  it('names an operation after its method and path, parameters as By<Name>, camelCased', () => {
    expect(operationIdOf('GET', '/api/conventions')).toBe('getConventions');
    expect(operationIdOf('GET', '/api/conventions/:id')).toBe('getConventionsById');
    expect(operationIdOf('POST', '/api/notifications/read-all')).toBe('postNotificationsReadAll');
    expect(operationIdOf('GET', '/api/conventions/:id/exports/finances.csv')).toBe(
      'getConventionsByIdExportsFinancesCsv',
    );
    expect(operationIdOf('PUT', '/api/progress-tables/:id/rows/:operationId/review-comment')).toBe(
      'putProgressTablesByIdRowsByOperationIdReviewComment',
    );
  });

  it('reads Fastify and OpenAPI parameters alike, and ignores a parameter’s pattern', () => {
    expect(operationIdOf('get', '/api/stocks/{id}/exports/trajectory/{format}')).toBe(
      operationIdOf('GET', '/api/stocks/:id/exports/trajectory/:format'),
    );
    expect(operationIdOf('GET', '/api/files/:name(^\\d+).png')).toBe('getFilesByName');
  });

  it('tells apart a collection and one of its members', () => {
    expect(operationIdOf('GET', '/api/stocks')).not.toBe(operationIdOf('GET', '/api/stocks/:id'));
  });
});
