import { appendFileSync } from 'node:fs';

/**
 * Appends measured figures (requests tried, faults injected, inputs tried) as JSON lines to the
 * file named by RELIABILITY_FIGURES, so the README's numbers come from real runs. A no-op otherwise.
 */
export function recordFigures(name: string, figures: Record<string, number>): void {
  const file = process.env.RELIABILITY_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify({ name, ...figures })}\n`);
}
