import { GraphHttpError, badRequest, errorEnvelope } from '../errors.js';
import type { ExecuteOptions, IncomingGraphRequest } from '../http/service.js';
import type { GraphResponse, Handler } from '../http/types.js';
import { bodyObject, ok } from './shape.js';

/** Documented JSON batching limit. */
export const MAX_BATCH_REQUESTS = 20;

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

type Execute = (req: IncomingGraphRequest, options: ExecuteOptions) => Promise<GraphResponse>;

function parseInner(raw: unknown, index: number): InnerRequest {
  if (typeof raw !== 'object' || raw === null) throw badRequest(`Request ${index} of the batch is not an object.`, 'BadRequest');
  const r = raw as Record<string, unknown>;
  for (const key of ['id', 'method', 'url']) {
    if (typeof r[key] !== 'string' || r[key] === '') throw badRequest(`Request ${index} of the batch has no '${key}'.`, 'BadRequest');
  }
  const headers: Record<string, string> = {};
  if (r.headers !== undefined) {
    if (typeof r.headers !== 'object' || r.headers === null) throw badRequest(`Request '${String(r.id)}' has invalid headers.`, 'BadRequest');
    for (const [k, v] of Object.entries(r.headers)) headers[k.toLowerCase()] = String(v);
  }
  const dependsOn = r.dependsOn ?? [];
  if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')) {
    throw badRequest(`Request '${String(r.id)}' has an invalid dependsOn.`, 'BadRequest');
  }
  // Documented: a request with a body must say its Content-Type.
  if (r.body !== undefined && headers['content-type'] === undefined) {
    throw badRequest(`Request '${String(r.id)}' has a body but no Content-Type header.`, 'BadRequest');
  }
  return { id: r.id as string, method: (r.method as string).toUpperCase(), url: r.url as string, headers, body: r.body, dependsOn: dependsOn as string[] };
}

/**
 * Groups requests into waves: each wave holds the requests whose dependencies ran in earlier
 * waves. Graph runs independent batched requests in parallel (concepts/json-batching.md: "the
 * order of execution is not guaranteed" without dependsOn), so a wave runs concurrently and the
 * injected latency overlaps as it would on Graph. A cycle is a 400.
 */
function executionWaves(requests: InnerRequest[]): InnerRequest[][] {
  const ids = new Set(requests.map((r) => idKey(r.id)));
  for (const r of requests) {
    for (const d of r.dependsOn) if (!ids.has(idKey(d))) throw badRequest(`Request '${r.id}' depends on unknown request '${d}'.`, 'BadRequest');
  }
  const done = new Set<string>();
  const waves: InnerRequest[][] = [];
  let left = requests;
  while (left.length > 0) {
    const wave = left.filter((r) => r.dependsOn.every((d) => done.has(idKey(d))));
    if (wave.length === 0) throw badRequest('The dependsOn of the batch requests form a cycle.', 'BadRequest');
    for (const r of wave) done.add(idKey(r.id));
    waves.push(wave);
    left = left.filter((r) => !done.has(idKey(r.id)));
  }
  return waves;
}

/**
 * The key a request id is compared by. concepts/json-batching.md: the id is "Not case-sensitive.
 * Must be unique in the batch, otherwise, the batch request fails with a 400 error code", so `A`
 * and `a` are the same request (a duplicate), and `dependsOn: ["A"]` names the request `a`.
 */
const idKey = (id: string): string => id.toLowerCase();

/** POST /$batch (concepts/json-batching.md): up to 20 requests, dependsOn, per-request results. */
export const createBatch = (execute: Execute): Handler => async (req) => {
  const body = bodyObject(req);
  if (!Array.isArray(body.requests)) throw badRequest("The batch body must have a 'requests' array.", 'BadRequest');
  if (body.requests.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`The number of batch requests exceeds the limit of ${MAX_BATCH_REQUESTS}.`, 'BadRequest');
  }
  const requests = body.requests.map(parseInner);
  const seen = new Set<string>();
  for (const r of requests) {
    if (seen.has(idKey(r.id))) throw badRequest(`Batch request id '${r.id}' is not unique (ids are compared without regard to case).`, 'BadRequest');
    seen.add(idKey(r.id));
  }
  const results = new Map<string, GraphResponse>();
  const runOne = async (r: InnerRequest): Promise<GraphResponse> => {
    const failed = r.dependsOn.find((d) => {
      const s = results.get(idKey(d))?.status ?? 0;
      return s < 200 || s > 299;
    });
    if (failed !== undefined) {
      return {
        status: 424,
        body: errorEnvelope('FailedDependency', `The request depends on request '${failed}', which failed.`, '', ''),
      };
    }
    return runInner(execute, req.principal, r);
  };
  for (const wave of executionWaves(requests)) {
    const answers = await Promise.all(wave.map(runOne));
    wave.forEach((r, i) => results.set(idKey(r.id), answers[i] as GraphResponse));
  }
  return ok({
    responses: requests.map((r) => {
      const res = results.get(idKey(r.id)) as GraphResponse;
      const bytes = Buffer.isBuffer(res.body);
      return {
        id: r.id,
        status: res.status,
        headers: { ...(res.body !== undefined && !bytes ? { 'Content-Type': 'application/json' } : {}), ...(res.headers ?? {}) },
        ...(res.body === undefined ? {} : { body: bytes ? (res.body as Buffer).toString('base64') : res.body }),
      };
    }),
  });
};

async function runInner(execute: Execute, principal: ExecuteOptions['principal'], r: InnerRequest): Promise<GraphResponse> {
  if (/^[a-z]+:\/\//i.test(r.url) || r.url.includes('$batch')) {
    const e = new GraphHttpError(400, 'BadRequest', 'Batch request URLs must be relative to the version root and not nested batches.');
    return { status: e.status, body: errorEnvelope(e.code, e.message, '', '') };
  }
  const url = new URL(r.url.replace(/^\/?(v1\.0\/)?/, '/'), 'http://batch.invalid');
  const raw = typeof r.body === 'string' ? Buffer.from(r.body, 'base64') : undefined;
  return execute(
    { method: r.method, path: url.pathname, query: url.searchParams, headers: r.headers, body: typeof r.body === 'string' ? undefined : r.body, raw },
    { batched: true, principal },
  );
}
