import express, { type Request, type Response } from 'express';
import { GraphHttpError, errorEnvelope } from './errors.js';
import type { RouteContext } from './http/types.js';
import { driveItemView } from './routes/drives.js';
import type { ConflictBehavior } from './store/drives.js';

/** Graph: every fragment but the last must be a multiple of 320 KiB, at most 60 MiB. */
export const FRAGMENT_UNIT = 320 * 1024;
export const MAX_FRAGMENT = 60 * 1024 * 1024;

function fail(res: Response, e: GraphHttpError): void {
  res.status(e.status).json(errorEnvelope(e.code, e.message, '', ''));
}

/**
 * The pre-authenticated upload URLs of createUploadSession (`/_emulator/upload/{id}`):
 * PUT fragments with Content-Range (202 with nextExpectedRanges, 201/200 with the driveItem at
 * the end), GET the status, DELETE to cancel (204).
 */
export function uploadRouter(ctx: RouteContext): express.Router {
  const router = express.Router();
  const run = (fn: (req: Request, res: Response) => void) => (req: Request, res: Response) => {
    try {
      fn(req, res);
    } catch (e) {
      fail(res, e instanceof GraphHttpError ? e : new GraphHttpError(500, 'generalException', String(e)));
    }
  };
  router.get('/:id', run((req, res) => {
    const s = ctx.store.uploads.get(String(req.params.id));
    res.json({ expirationDateTime: s.expires, nextExpectedRanges: [`${s.received}-`] });
  }));
  router.delete('/:id', run((req, res) => {
    const s = ctx.store.uploads.get(String(req.params.id));
    ctx.store.uploads.delete(s.id);
    res.status(204).end();
  }));
  router.put('/:id', express.raw({ type: () => true, limit: MAX_FRAGMENT }), run((req, res) => {
    const s = ctx.store.uploads.get(String(req.params.id));
    const chunk = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(req.headers['content-range'] ?? '');
    if (!m) throw new GraphHttpError(400, 'invalidRequest', "A 'Content-Range: bytes start-end/total' header is required.");
    const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (start !== s.received) throw new GraphHttpError(416, 'invalidRange', `The fragment starts at ${start}; expected ${s.received}.`);
    if (end - start + 1 !== chunk.length || end >= total) throw new GraphHttpError(400, 'invalidRange', 'Content-Range does not match the body.');
    const last = end + 1 === total;
    if (!last && chunk.length % FRAGMENT_UNIT !== 0) throw new GraphHttpError(400, 'invalidRange', 'Fragments other than the last must be a multiple of 320 KiB.');
    if (!last) {
      ctx.store.tx(() => ctx.store.uploads.append(s.id, chunk, total));
      res.status(202).json({ expirationDateTime: s.expires, nextExpectedRanges: [`${end + 1}-`] });
      return;
    }
    const result = ctx.store.tx(() => {
      const bytes = Buffer.concat([ctx.store.uploads.bytes(s.id), chunk]);
      const parent = ctx.store.drives.getItem(s.driveId, s.parentId);
      const mime = 'application/octet-stream';
      const put = ctx.store.drives.putFile(parent, s.name, bytes, mime, s.behavior as ConflictBehavior, s.author);
      ctx.store.uploads.delete(s.id);
      return put;
    });
    const site = ctx.store.sites.getById(ctx.store.drives.getDrive(s.driveId).siteId);
    res.status(result.created ? 201 : 200).json(driveItemView(ctx, site, result.item));
  }));
  return router;
}
