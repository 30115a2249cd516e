/** What a content script asks about a paper known only by its title: the title and year, and only then. */
import { describe, expect, it } from 'vitest';
import { ResolveMessage } from '../../lib/protocol';
import { buildResolveMessage, paperQuery } from '../../entrypoints/content/resolve-message';

const authors = [{ name: 'Heather Piwowar', position: 1 }];

describe('paperQuery', () => {
  it('sends the title and year of a paper with no identifier, and the message passes the background’s schema', () => {
    expect(paperQuery({ title: 'The state of OA', year: 2018, authors })).toEqual({ title: 'The state of OA', year: 2018, authors: [{ name: 'Heather Piwowar' }] });
    expect(ResolveMessage.safeParse(buildResolveMessage([{ title: 'The state of OA', authors }])).success).toBe(true);
  });

  it('never sends the title of a paper it can name by an identifier, and nothing for a paper with neither', () => {
    expect(paperQuery({ doi: '10.7717/peerj.4375', title: 'The state of OA', year: 2018, authors })).toEqual({ doi: '10.7717/peerj.4375', authors: [{ name: 'Heather Piwowar' }] });
    expect(paperQuery({ authors })).toBeNull();
  });
});
