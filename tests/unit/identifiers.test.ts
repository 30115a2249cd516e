import { describe, expect, it } from 'vitest';
import { ARXIV_ID_RE, DOI_RE, stripUnsafeText, UNSAFE_TEXT_RE } from '../../lib/api/constants';
import { normaliseDoi } from '../../lib/api/ids';
import { PageAuthor } from '../../lib/api/resolve';

describe('Identifiers by their real grammar (issue 12, item 6)', () => {
  it('arXiv ids: new style YYMM.NNNN(N) and old style archive(.XX)/YYMMNNN, months 01–12', () => {
    for (const ok of ['2507.06261', '0704.0001', '1412.9999', '1706.03762', 'hep-th/0611290', 'math.GT/0309136', 'cond-mat/9901001']) expect(ARXIV_ID_RE.test(ok), ok).toBe(true);
    for (const bad of ['2513.06261', '2500.0626', '25071.0626', 'hep-th/0613290', 'hep-th/06112900', '-th/0611290', '1706.03762\u0000', '1706.03762v2']) expect(ARXIV_ID_RE.test(bad), bad).toBe(false);
  });

  it('DOIs: 10.<registrant>/<printable suffix>; no white space, controls, format characters or unpaired surrogates', () => {
    for (const ok of ['10.7717/peerj.4375', '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O', '10.48550/arxiv.2108.04680', '10.1234/é😀']) expect(DOI_RE.test(ok), ok).toBe(true);
    for (const bad of ['10.7717/peerj.4375\u0000', '10.1234/a\ud800', '10.1234/a\udc00b', '10.1234/a b', '10.1234/a\u200bb', '10.1234/a\u202eb', '10.12/x', '11.1234/x']) expect(DOI_RE.test(bad), JSON.stringify(bad)).toBe(false);
    expect(normaliseDoi('https://doi.org/10.1234/AB\u0000')).toBeNull();
  });

  it('names read from a page lose control characters and unpaired surrogates; a name of nothing else is refused', () => {
    expect(stripUnsafeText('Jason\u0000 Priem\ud800')).toBe('Jason Priem');
    expect(stripUnsafeText('Jason\tPriem\u202e')).toBe('Jason Priem');
    expect(stripUnsafeText('Zoë 😀')).toBe('Zoë 😀');
    expect(UNSAFE_TEXT_RE.test('Zoë 😀')).toBe(false);
    expect(PageAuthor.parse({ name: ' Heather\u0000 Piwowar ' }).name).toBe('Heather Piwowar');
    expect(PageAuthor.safeParse({ name: '\u0000\udc00' }).success).toBe(false);
  });
});
