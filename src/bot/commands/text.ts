/**
 * Text normalisation shared by the command parser and the administration matcher. Teams sends
 * message text as light HTML (mentions as `<at>Name</at>`, sometimes `<p>` and entities), users
 * type with or without Swedish diacritics, in any case and with stray whitespace.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

/**
 * Removes `<at>…</at>` mentions, the plain text of mention entities (some clients send the
 * mention without tags), other HTML tags and entities, and collapses whitespace.
 */
export function stripMentions(text: string, mentionTexts: readonly string[] = []): string {
  let out = text.replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ');
  for (const mention of mentionTexts) {
    if (mention.trim() === '') continue;
    out = out.split(mention).join(' ');
  }
  out = out
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (entity) => HTML_ENTITIES[entity] ?? ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/** Lower case, without diacritics (å→a, ä→a, ö→o, é→e), whitespace collapsed. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance, for "did you mean" suggestions on short words. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      const left = previous[j - 1] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, left + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}
