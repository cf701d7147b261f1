/**
 * The scripts a built `index.html` loads before the first render: its module entries and their
 * modulepreloads (Vite's static imports), as paths relative to the build folder.
 */
export function initialScripts(indexHtml: string): string[] {
  const refs = [
    ...indexHtml.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g,
    ),
  ];
  return [...new Set(refs.map((m) => (m[1] ?? '').replace(/^\.?\//, '')))];
}
