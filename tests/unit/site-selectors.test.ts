/** Dark Reader's habit: the per-site selectors are data, checked here rather than in review. */
import { describe, expect, it } from 'vitest';
import { SITE_SELECTORS } from '../../lib/detect/site-selectors';
import { PUBLISHER_ADAPTERS } from '../../lib/detect/publisher-adapters';

describe('site selector table', () => {
  const ids = Object.keys(SITE_SELECTORS);

  it('is sorted by site id', () => expect(ids).toEqual([...ids].sort()));

  it('has one entry per publisher adapter, and no entry without one', () => {
    expect(ids.sort()).toEqual(PUBLISHER_ADAPTERS.map((a) => a.id).sort());
  });

  for (const [id, selectors] of Object.entries(SITE_SELECTORS)) {
    it(`${id}: every selector parses`, () => {
      for (const selector of Object.values(selectors)) {
        expect(() => document.createDocumentFragment().querySelector(selector), `${id}: ${selector}`).not.toThrow();
      }
    });
  }
});
