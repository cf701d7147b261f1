import JSZip from 'jszip';

/** What the report tests read back from a .docx: headings, paragraphs and tables, in order. */
export interface DocxContent {
  /** The raw `word/document.xml`, for checks on markup. */
  xml: string;
  headings: { level: number; text: string }[];
  /** Text of every paragraph outside tables (headings included). */
  paragraphs: string[];
  /** Every table as rows of cell texts; the first row is the header. */
  tables: string[][][];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of a paragraph's runs; a `<w:br/>` between runs reads as a line break. */
function paragraphText(xml: string): string {
  const parts = xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:br\/>/g) ?? [];
  return parts
    .map((part) => (part === '<w:br/>' ? '\n' : decode(part.replace(/<[^>]+>/g, ''))))
    .join('');
}

/**
 * Unzips a .docx and reads `word/document.xml` with a few regular expressions. Enough for the
 * documents docx writes (no nested tables); not a general Word parser.
 */
export async function readDocx(buffer: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('word/document.xml missing');
  const xml = await file.async('string');
  const content: DocxContent = { xml, headings: [], paragraphs: [], tables: [] };
  for (const block of xml.match(
    /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g,
  ) ?? []) {
    if (block.startsWith('<w:tbl>')) {
      const rows = block.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
      content.tables.push(
        rows.map((row) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(paragraphText)),
      );
      continue;
    }
    const text = paragraphText(block);
    content.paragraphs.push(text);
    const style = /<w:pStyle w:val="Heading(\d)"\/>/.exec(block);
    if (style?.[1]) content.headings.push({ level: Number(style[1]), text });
  }
  return content;
}
