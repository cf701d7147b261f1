import { describe, expect, it } from 'vitest';
import { invalidArgumentAnswer, unknownCommandAnswer } from '../../../../src/bot/handlers/answers';
import { escapeMarkdown } from '../../../../src/bot/cards/markdown';
import { defaultOrganisation } from '../../../../src/domain/organisation';

const now = new Date('2026-11-27T10:00:00Z');
/** A Markdown link `[text](url)` that a card renderer would turn into a link. */
const markdownLink = /(^|[^\\])\[[^\]]*[^\\]\]\(/;

describe('escapeMarkdown', () => {
  it('should escape link syntax so no link can render', () => {
    const out = escapeMarkdown('[klicka](https://evil.example)');
    expect(out).toBe('\\[klicka\\]\\(https://evil.example\\)');
    expect(out).not.toMatch(markdownLink);
  });

  it('should escape emphasis and leave plain words alone', () => {
    expect(escapeMarkdown('**fet** _kursiv_')).toBe('\\*\\*fet\\*\\* \\_kursiv\\_');
    expect(escapeMarkdown('kultur-fritid 2025.')).toBe('kultur-fritid 2025.');
  });
});

describe('answers that repeat what the user typed', () => {
  const typed = '[klicka](https://evil.example)';

  it('should not turn an unknown administration into a link', () => {
    const card = invalidArgumentAnswer(
      'sv',
      defaultOrganisation,
      'report',
      {
        code: 'unknown-administration',
        query: typed,
        suggestions: [],
      },
      now,
    );
    expect(JSON.stringify(card)).not.toMatch(/\[klicka\]\(https/);
  });

  it('should not turn a word it did not understand into a link', () => {
    const card = unknownCommandAnswer('en', typed, []);
    expect(JSON.stringify(card)).not.toMatch(/\[klicka\]\(https/);
  });
});
