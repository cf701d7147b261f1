import { describe, expect, it, vi } from 'vitest';
import type { Request, Response } from 'express';
import { loopbackOnly } from '../../../src/emulator/dev-routes.js';

function fakeResponse() {
  const res = { statusCode: 0, status: vi.fn(), set: vi.fn(), json: vi.fn() };
  res.status.mockImplementation((code: number) => {
    res.statusCode = code;
    return res;
  });
  res.set.mockReturnValue(res);
  return res;
}

const request = (remoteAddress: string) => ({ socket: { remoteAddress } }) as unknown as Request;

describe('loopbackOnly', () => {
  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1'])('should let %s through', (address) => {
    const next = vi.fn();
    loopbackOnly(request(address), fakeResponse() as unknown as Response, next);
    expect(next).toHaveBeenCalledOnce();
  });

  it('should answer 403 to any other address', () => {
    const next = vi.fn();
    const res = fakeResponse();
    loopbackOnly(request('10.0.0.5'), res as unknown as Response, next);
    expect(next).not.toHaveBeenCalled();
    expect(res.statusCode).toBe(403);
  });
});
