import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The serious and critical axe violations of the page, as `rule: target` lines (empty is good). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Fluent's focus manager (tabster) adds `<i data-tabster-dummy tabindex=0 aria-hidden>` focus
  // sentinels around arrow-key groups such as the TabList; they hand focus on at once and are
  // never read, so axe's aria-hidden-focus on them is not a barrier. Everything else is checked.
  const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
