import { z } from 'zod';

/** The benchmark's environment settings (see docs/performance.md). */

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = z
  .enum(['0', '1'])
  .default('0')
  .transform((v) => v === '1');
export const sections = ['load', 'tab', 'render'] as const;

const envSchema = z.object({
  BENCH_LATENCY_MS: z.coerce.number().int().min(0).default(100),
  BENCH_L: positiveInt(20),
  BENCH_N: positiveInt(1000),
  BENCH_LARGE: flag,
  BENCH_MARKDOWN: flag,
  BENCH_ONLY: z
    .string()
    .default(sections.join(','))
    .transform((v) => v.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(sections))),
});

/** Reads the settings; a wrong one is named with what is expected. */
export function benchSettings(env: NodeJS.ProcessEnv) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? 'env'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
