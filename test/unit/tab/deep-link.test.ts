import { describe, expect, it } from 'vitest';
import {
  deepLinkRequested,
  deepLinkTarget,
  targetFromSearch,
  targetFromSubPageId,
} from '../../../src/domain/deep-links';

const long = 'a'.repeat(10_000);

describe('targetFromSubPageId', () => {
  it.each([
    [
      'submission/utbildning/2025',
      { feature: 'reporting', administrationId: 'utbildning', year: 2025 },
    ],
    [
      'good-example/kultur-och-fritid/project/12',
      { feature: 'projects', administrationId: 'kultur-och-fritid', itemId: '12' },
    ],
    [
      'good-example/utbildning/activity/7',
      { feature: 'activities', administrationId: 'utbildning', itemId: '7' },
    ],
  ])('should read %s as its target', (subPageId, target) => {
    expect(targetFromSubPageId(subPageId)).toEqual(target);
  });

  it.each([
    [''],
    ['submission/utbildning'],
    ['submission/utbildning/20x5'],
    ['submission/utbildning/1899'],
    ['submission/../2025'],
    ['submission/utbildning/2025/extra'],
    ['good-example/utbildning/network/7'],
    ['good-example/utbildning/project/../../etc'],
    ['good-example/utbildning/project/<script>alert(1)</script>'],
    ['good-example/Utbildning/project/7'],
    ['good-example/utbildning/project/-1'],
    [`good-example/${long}/project/7`],
    [`submission/utbildning/2025${long}`],
    ['unknown/utbildning/2025'],
  ])('should give no target for %j', (subPageId) => {
    expect(targetFromSubPageId(subPageId)).toBeUndefined();
  });
});

describe('targetFromSearch', () => {
  it.each([
    [
      '?feature=reporting&administration=omsorg&year=2025',
      { feature: 'reporting', administrationId: 'omsorg', year: 2025 },
    ],
    [
      '?feature=projects&administration=utbildning&item=3',
      { feature: 'projects', administrationId: 'utbildning', itemId: '3' },
    ],
    [
      '?user=a%40b&feature=activities&administration=utbildning&item=40&locale=en',
      { feature: 'activities', administrationId: 'utbildning', itemId: '40' },
    ],
  ])('should read %s as its target', (search, target) => {
    expect(targetFromSearch(search)).toEqual(target);
  });

  it.each([
    ['?feature=projects'],
    ['?feature=network&administration=utbildning&item=3'],
    ['?feature=reporting&administration=omsorg'],
    ['?feature=reporting&administration=omsorg&year=abcd'],
    ['?feature=projects&administration=utbildning&item=..%2F..%2Fadmin'],
    ['?feature=projects&administration=%3Cscript%3E&item=3'],
    ['?feature=activities&administration=utbildning&item=3%20or%201%3D1'],
    [`?feature=projects&administration=utbildning&item=${long}`],
    [`?feature=projects&administration=${long}&item=3`],
  ])('should give no target for %s', (search) => {
    expect(targetFromSearch(search)).toBeUndefined();
  });
});

describe('deepLinkTarget', () => {
  it("should prefer Teams' sub-page id to the query", () => {
    expect(
      deepLinkTarget(
        '?feature=projects&administration=utbildning&item=3',
        'submission/omsorg/2024',
      ),
    ).toEqual({ feature: 'reporting', administrationId: 'omsorg', year: 2024 });
  });

  it('should read the query when there is no sub-page id', () => {
    expect(deepLinkTarget('?feature=projects&administration=utbildning&item=3', '')).toEqual({
      feature: 'projects',
      administrationId: 'utbildning',
      itemId: '3',
    });
  });
});

describe('deepLinkRequested', () => {
  it('should see a link in a query naming a record', () => {
    expect(deepLinkRequested('?feature=projects&item=..%2F', undefined)).toBe(true);
  });

  it('should see a link in any sub-page id', () => {
    expect(deepLinkRequested('', 'bogus')).toBe(true);
  });

  it("should not see a link in a configured tab's feature alone", () => {
    expect(deepLinkRequested('?feature=network', undefined)).toBe(false);
  });
});
