import { describe, expect, it } from 'vitest';
import { initialPreferences, themeFromName } from '../../../src/tab/app/preferences';
import { classifyError } from '../../../src/tab/data/errors';
import { ConflictError, GraphError } from '../../../src/graph/errors';
import { resources } from '../../../src/tab/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('initialPreferences', () => {
  it('should let ?lang=en override a Swedish Teams locale', () => {
    expect(initialPreferences('?lang=en', { locale: 'sv-SE' }).locale).toBe('en');
  });

  it('should default to Swedish without a locale', () => {
    expect(initialPreferences('', {}).locale).toBe('sv');
  });

  it('should take the dev user from ?user=', () => {
    expect(initialPreferences('?user=kontakt.omsorg%40vaxjo.example', {}).user).toBe(
      'kontakt.omsorg@vaxjo.example',
    );
  });
});

describe('themeFromName', () => {
  it("should map Teams' contrast theme to high contrast", () => {
    expect(themeFromName('contrast')).toBe('contrast');
  });

  it("should map Teams' default theme to light", () => {
    expect(themeFromName('default')).toBe('light');
  });
});

describe('classifyError', () => {
  it('should classify 403 as forbidden', () => {
    expect(classifyError(new GraphError({ status: 403, code: 'accessDenied', message: '' }))).toBe(
      'forbidden',
    );
  });

  it('should classify 401 as a sign-in problem', () => {
    expect(
      classifyError(
        new GraphError({ status: 401, code: 'InvalidAuthenticationToken', message: '' }),
      ),
    ).toBe('auth');
  });

  it('should classify a ConflictError as a conflict', () => {
    const cause = new GraphError({ status: 412, code: 'preconditionFailed', message: '' });
    expect(classifyError(new ConflictError(cause, {}))).toBe('conflict');
  });
});

describe('i18n resources', () => {
  it('should have the same keys in English as in Swedish', () => {
    expect(keys(resources.en.translation).sort()).toEqual(keys(resources.sv.translation).sort());
  });
});
