import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1).max(500) });

/**
 * The fields of a Bot Framework activity the SDK and our handlers rely on. Checked before the
 * SDK sees the body: without it `{}` or `null` crashes the SDK's pipeline into a 500.
 * Other fields pass through untouched (Teams adds many).
 */
export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(100),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2000),
  channelId: z.string().min(1).max(100),
  from: account,
  recipient: account,
  conversation: z.looseObject({ id: z.string().min(1).max(2000) }),
  text: z.string().max(100_000).optional(),
  locale: z.string().max(50).optional(),
});

/** Validates an incoming activity; on failure, names the first wrong field, e.g. `from.id`. */
export function checkActivity(body: unknown): { ok: true } | { ok: false; error: string } {
  const parsed = incomingActivitySchema.safeParse(body);
  if (parsed.success) return { ok: true };
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : 'activity';
  return { ok: false, error: `${field}: ${issue?.message ?? 'invalid'}` };
}
