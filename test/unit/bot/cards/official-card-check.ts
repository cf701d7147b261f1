import {
  AdaptiveCard,
  CardElement,
  SerializationContext,
  ValidationEvent,
  ValidationPhase,
  Versions,
} from 'adaptivecards';

/**
 * Checks a card with Microsoft's reference Adaptive Cards library (`adaptivecards` 3.0.6, the
 * parser the designer and the JS renderer use) targeting version 1.5, the highest Teams renders.
 *
 * No npm package ships the official 1.5 JSON schema (it lives only in the microsoft/AdaptiveCards
 * repository; `adaptivecards-designer` carries a pre-1.2 one), so this is the official check we
 * can run: the parser logs an event for every unknown element or action type, every property newer
 * than the target version (`UnsupportedProperty`), every invalid enum or value, and
 * `validateProperties()` adds card-level failures (unsupported version, duplicate ids, too many
 * actions). What it cannot see: unknown property names (it ignores them), which our zod schema in
 * src/bot/cards/schema.ts rejects. Runs in plain Node: parsing needs no DOM.
 *
 * @returns one line per problem; empty when the card is a valid Adaptive Card 1.5.
 */
export function officialCardProblems(card: unknown): string[] {
  if (typeof card !== 'object' || card === null) return ['card: not an object'];
  const raw = card as Record<string, unknown>;
  const problems: string[] = [];
  if (raw.type !== 'AdaptiveCard')
    problems.push(`type: expected "AdaptiveCard", got ${String(raw.type)}`);
  // The parser falls back to its latest version when `version` is missing; Teams does not.
  if (raw.version !== '1.5') problems.push(`version: expected "1.5", got ${String(raw.version)}`);

  // adaptivecards 3.0.6 declares `lang`'s pattern with the global flag, so `exec` keeps
  // `lastIndex` between cards and every second valid `lang` ("sv", then "en") fails.
  const langPattern = CardElement.langProperty.regEx;
  if (langPattern) langPattern.lastIndex = 0;
  const context = new SerializationContext(Versions.v1_5);
  const parsed = new AdaptiveCard();
  parsed.parse(raw, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(
      `${ValidationPhase[event.phase]} ${ValidationEvent[event.event]}: ${event.message}`,
    );
  }
  for (const event of parsed.validateProperties().validationEvents) {
    problems.push(`Validation ${ValidationEvent[event.event]}: ${event.message}`);
  }
  return problems;
}
