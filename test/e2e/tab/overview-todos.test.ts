import { describe, expect, it } from 'vitest';
import { useTabServerAndBrowser } from '../support/tab-server';

/**
 * Every record to-do on the overview is a link to the list narrowed to exactly those records:
 * the number in the to-do is the number the list shows, for a contact person and the coordinator.
 */
describe('overview to-dos', () => {
  const suite = useTabServerAndBrowser();

  for (const user of ['kontakt.utbildning@vaxjo.example', 'samordnare@vaxjo.example']) {
    it(`should open each record to-do as a list of exactly its records for ${user}`, async () => {
      const page = await (
        await suite.browser.newContext({ viewport: { width: 1024, height: 720 } })
      ).newPage();
      const open = async () => {
        await page.goto(`${suite.server.url}?user=${encodeURIComponent(user)}`);
        await page.getByRole('heading', { name: 'Att åtgärda' }).waitFor();
      };
      await open();
      // Fluent's Link without an address is a button that navigates inside the tab.
      const todos = page.getByRole('button', {
        name: /^\d+ (avslutade projekt|genomförda aktiviteter|projekt har|flygresor)/,
      });
      await todos.first().waitFor();
      const texts = await todos.allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        await page.getByRole('button', { name: text }).click();
        const showing = await page.getByText(/^Visar \d+ av \d+$/).textContent();
        expect({ text, shown: /Visar (\d+)/.exec(showing ?? '')?.[1] }).toEqual({
          text,
          shown: /^(\d+)/.exec(text)?.[1],
        });
        await open();
      }
      await page.context().close();
    });
  }
});
