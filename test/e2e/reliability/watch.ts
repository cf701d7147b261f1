import type { Page } from 'playwright-core';

/** One request the tab sent to Microsoft Graph, with the status it got (undefined while open). */
export interface GraphCall {
  method: string;
  url: string;
  status?: number;
  /** Chromium's reason when it got no answer, e.g. `net::ERR_ABORTED` for a cancelled fetch. */
  failure?: string;
  /** Whether it changes data: any non-GET request, or a `$batch` holding one. */
  write: boolean;
}

/** What a watched page did that a hostile input test must see. */
export interface PageWatch {
  /** Dialogs (alert/confirm/prompt) opened by the page: a payload that ran would open one. */
  dialogs: string[];
  /** Console errors, as the browser printed them. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Every request to the Graph base URL, in order. */
  graph: GraphCall[];
  /** Content-Security-Policy violations the documents reported (`securitypolicyviolation`). */
  cspViolations: string[];
  /** Graph writes so far. */
  writes(): GraphCall[];
}

/** A `$batch` is a POST even when it only reads: look at the methods it carries. */
function isWrite(method: string, url: string, body: string | null): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  if (!url.split('?')[0]?.endsWith('/$batch') || !body) return true;
  try {
    const parsed = JSON.parse(body) as { requests?: { method?: string }[] };
    return (parsed.requests ?? []).some((r) => (r.method ?? 'GET').toUpperCase() !== 'GET');
  } catch {
    return true;
  }
}

/**
 * Watches a page from its first script on: dialogs (dismissed, so a payload cannot block the
 * test), console and page errors, CSP violation events, and the traffic to Graph with statuses.
 */
export async function watchPage(page: Page, graphBaseUrl: string): Promise<PageWatch> {
  const watch: Omit<PageWatch, 'writes'> = {
    dialogs: [],
    cspViolations: [],
    consoleErrors: [],
    pageErrors: [],
    graph: [],
  };
  // Reported to Node as they happen, so violations survive navigations; the listener is added
  // before any page script, so one during start-up is caught too.
  await page.exposeFunction('__reportCspViolation', (text: string) => {
    watch.cspViolations.push(text);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (t: string) => void })
      .__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) => {
      report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}`);
    });
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  const calls = new Map<object, GraphCall>();
  page.on('request', (request) => {
    if (!request.url().startsWith(graphBaseUrl)) return;
    const call: GraphCall = {
      method: request.method(),
      url: request.url(),
      write: isWrite(request.method(), request.url(), request.postData()),
    };
    calls.set(request, call);
    watch.graph.push(call);
  });
  page.on('response', (response) => {
    const call = calls.get(response.request());
    if (call) call.status = response.status();
  });
  page.on('requestfailed', (request) => {
    const call = calls.get(request);
    if (call) call.failure = request.failure()?.errorText ?? 'failed';
  });
  return {
    ...watch,
    writes: () => watch.graph.filter((c) => c.write),
  };
}
