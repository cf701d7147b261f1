import { describe, expect, it } from 'vitest';
import { useTabServerAndBrowser } from '../support/tab-server';
import { openFeature } from '../support/navigation';
import { screenshot } from '../support/screenshots';

/**
 * A failed save must not look like nothing happened: at the sizes Teams gives a tab, saving an
 * invalid project moves focus to the error summary at the form's top (in view), the summary's
 * link takes the user to the field, and everything typed is still there.
 */
describe('saving an invalid project', () => {
  const suite = useTabServerAndBrowser();
  const contact = 'kontakt.utbildning@vaxjo.example';

  for (const viewport of [
    { width: 1024, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`should focus the error summary in view and keep the input at ${viewport.width} px`, async () => {
      const context = await suite.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${suite.server.url}?user=${encodeURIComponent(contact)}`);
      await page.locator('main h2').first().waitFor();
      await openFeature(page, 'Projekt och ansökningar');
      await page.getByRole('button', { name: 'Nytt projekt' }).click();
      // A description and registration number, but no project name (required).
      await page.getByRole('textbox', { name: 'Beskrivning' }).fill('Utbyte med Tartu');
      await page.getByRole('textbox', { name: 'Diarienummer' }).fill('UN 2026/17');
      await page.getByRole('button', { name: 'Spara' }).click();

      const summary = page.getByRole('group', {
        name: 'Formuläret innehåller fel. Rätta fälten som är markerade.',
      });
      await summary.waitFor();
      const focus = await page.evaluate(() => {
        const active = document.activeElement;
        const box = active?.getBoundingClientRect();
        return {
          name: active?.getAttribute('aria-labelledby')
            ? document.getElementById(active.getAttribute('aria-labelledby') ?? '')?.textContent
            : active?.tagName,
          inView: box ? box.top >= 0 && box.top < window.innerHeight : false,
        };
      });
      expect(focus).toEqual({
        name: 'Formuläret innehåller fel. Rätta fälten som är markerade.',
        inView: true,
      });
      await screenshot(page, `form-errors-${viewport.width}`);

      // The summary's link moves focus to the field it names.
      await summary.getByRole('link', { name: /Projektnamn/ }).click();
      const title = page.getByRole('textbox', { name: /Projektnamn/ });
      expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await title.getAttribute('aria-invalid')).toBe('true');
      // The same message stands next to the save button.
      const actions = page.getByRole('button', { name: 'Spara' }).locator('..');
      expect(await actions.textContent()).toContain('Formuläret innehåller fel.');
      // Nothing typed is lost.
      expect(await page.getByRole('textbox', { name: 'Beskrivning' }).inputValue()).toBe(
        'Utbyte med Tartu',
      );
      expect(await page.getByRole('textbox', { name: 'Diarienummer' }).inputValue()).toBe(
        'UN 2026/17',
      );
      await context.close();
    });
  }
});
