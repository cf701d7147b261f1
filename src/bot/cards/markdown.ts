/**
 * Adaptive Card TextBlocks render a Markdown subset in Teams, so text the user typed and the bot
 * repeats back (an unknown administration, a word it did not understand) could otherwise become a
 * link or emphasis: `rapport [klicka](https://evil.example)`. The characters of links, emphasis,
 * code and HTML are backslash-escaped (the echoed text always sits inside quotes mid-sentence, so
 * line-start syntax such as `#` or `-` cannot apply); a host that ignores the escapes still shows
 * no link, only the backslashes.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()<>~]/g, (c) => `\\${c}`);
}
