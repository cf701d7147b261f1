import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  GraphError,
  isAuthError,
  isForbidden,
  parseRetryAfter,
  toGraphError,
} from '../../../src/graph/errors.js';

describe('GraphError', () => {
  it('should read code, message, request id and Retry-After from the envelope and headers', () => {
    const error = GraphError.fromEnvelope(
      429,
      {
        error: {
          code: 'activityLimitReached',
          message: 'Slow down',
          innerError: { 'request-id': 'r-9', date: 'x' },
        },
      },
      { 'Retry-After': '7' },
    );
    expect(error).toMatchObject({
      status: 429,
      code: 'activityLimitReached',
      message: 'Slow down',
      requestId: 'r-9',
      retryAfterSeconds: 7,
    });
  });

  it('should fall back to a code from the status when the body is not an envelope', () => {
    expect(GraphError.fromEnvelope(503, '<html>busy</html>')).toMatchObject({
      code: 'serviceNotAvailable',
      message: '<html>busy</html>',
    });
  });

  it('should keep the status and code of the 412 in a ConflictError', () => {
    const conflict = new ConflictError(
      GraphError.fromEnvelope(412, { error: { code: 'resourceModified', message: 'etag' } }),
      { id: '1' },
    );
    expect(conflict).toMatchObject({ status: 412, code: 'resourceModified', current: { id: '1' } });
    expect(conflict).toBeInstanceOf(GraphError);
  });

  it('should convert the SDK error shape into a GraphError', () => {
    const sdkError = {
      statusCode: 404,
      code: 'itemNotFound',
      message: 'gone',
      requestId: 'r-1',
      body: '{"code":"itemNotFound"}',
    };
    expect(toGraphError(sdkError)).toMatchObject({
      status: 404,
      code: 'itemNotFound',
      requestId: 'r-1',
    });
  });

  it('should turn anything else into a networkError', () => {
    expect(toGraphError(new TypeError('fetch failed'))).toMatchObject({
      status: 0,
      code: 'networkError',
    });
  });
});

describe('classification', () => {
  it('should classify 401 as an auth error and not as forbidden', () => {
    const e = GraphError.fromEnvelope(401, {
      error: { code: 'InvalidAuthenticationToken', message: 'expired' },
    });
    expect([isAuthError(e), isForbidden(e)]).toEqual([true, false]);
  });

  it('should classify 403 as forbidden and not as an auth error', () => {
    const e = GraphError.fromEnvelope(403, { error: { code: 'accessDenied', message: 'no' } });
    expect([isAuthError(e), isForbidden(e)]).toEqual([false, true]);
  });

  it('should not classify plain errors', () => {
    expect([isAuthError(new Error('x')), isForbidden(new Error('x'))]).toEqual([false, false]);
  });
});

describe('parseRetryAfter', () => {
  it('should read delta seconds', () => {
    expect(parseRetryAfter('120')).toBe(120);
  });

  it('should read an HTTP date relative to now', () => {
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('2015-10-21T07:28:00Z')),
    ).toBe(10);
  });

  it('should not go negative for a date in the past', () => {
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T08:00:00Z')),
    ).toBe(0);
  });

  it('should ignore junk', () => {
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
