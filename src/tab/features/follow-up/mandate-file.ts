import { Buffer } from 'buffer';
import type { Locale } from '../../../domain/labels';
import type { MandatePeriodModel } from '../../../domain/report-model';
import { renderMandatePeriodDocx } from '../../../report/docx-mandate-period';

/**
 * The mandate-period Word renderer in the browser, reached only through `import()` so docx stays
 * out of the first bundle. The renderer returns a Node `Buffer`; the `buffer` package stands in.
 */
globalThis.Buffer ??= Buffer as unknown as typeof globalThis.Buffer;

/** Renders the follow-up as .docx bytes in the reader's language. */
export async function renderFollowUpDocx(
  model: MandatePeriodModel,
  locale: Locale,
): Promise<Uint8Array> {
  const buffer = await renderMandatePeriodDocx(model, { locale });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
