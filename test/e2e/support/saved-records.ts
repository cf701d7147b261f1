import type { Page } from 'playwright-core';

/**
 * Waits until the tab has saved the records it loaded in its local cache (IndexedDB database
 * `internationellt-arbete`, store `saved-reads`, see src/tab/data/local-cache.ts): the tab saves
 * after showing them, so a reload before that would find nothing.
 */
export async function recordsSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('internationellt-arbete');
        // Not there yet: do not create it (an empty database would lack the tab's store).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('saved-reads')) {
            db.close();
            resolve(false);
            return;
          }
          const keys = db.transaction('saved-reads').objectStore('saved-reads').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.some((k) => Array.isArray(k) && k[1] === 'records:all'));
          };
          keys.onerror = () => {
            db.close();
            resolve(false);
          };
        };
      }),
  );
}
