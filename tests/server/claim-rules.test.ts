import { describe, expect, it } from 'vitest';
import { decideClaim, type ClaimFacts } from '../../server/actions/claim-rules';
import { isAllowedRedirect } from '../../server/auth/redirects';
import type { OrcidFacts } from '../../server/upstream/orcid';

const orcid = (dois: string[], affiliations: OrcidFacts['affiliations'] = []): OrcidFacts => ({
  orcid: '0000-0002-1825-0097',
  dois: new Set(dois),
  affiliations,
  trustMarker: affiliations.some((a) => a.memberAsserted),
  verifiedPrimaryEmail: false,
});
const facts = (over: Partial<ClaimFacts>): ClaimFacts => ({
  signedInOrcid: '0000-0002-1825-0097',
  recordOrcid: null,
  recordWorks: 9,
  recordDois: new Set(['10.1/a', '10.1/b', '10.1/c']),
  recordInstitutions: [{ name: 'Bangor University', ror: 'https://ror.org/006jb1a24' }],
  orcid: orcid([]),
  orcidProblem: null,
  ownedByAnother: false,
  ...over,
});

describe('claim rules (pure)', () => {
  it('needs min(2, half the record’s works) shared works, and always at least one', () => {
    expect(decideClaim(facts({ orcid: orcid(['10.1/a']) })).status).toBe('pending');
    expect(decideClaim(facts({ orcid: orcid(['10.1/a', '10.1/b']) })).status).toBe('approved');
    // A 1-work record: half a work rounds up to one.
    expect(decideClaim(facts({ recordWorks: 1, recordDois: new Set(['10.1/a']), orcid: orcid(['10.1/a']) }))).toMatchObject({ status: 'approved', evidence: { needed: 1 } });
    // A 3-work record: 1.5 rounds up to 2.
    expect(decideClaim(facts({ recordWorks: 3, orcid: orcid(['10.1/a']) }))).toMatchObject({ status: 'pending', evidence: { needed: 2 } });
    expect(decideClaim(facts({ recordWorks: 0, recordDois: new Set(), orcid: orcid([]) })).status).toBe('pending');
  });

  it('never approves by overlap a record that carries another ORCID iD', () => {
    expect(decideClaim(facts({ recordOrcid: '0000-0001-6187-6610', orcid: orcid(['10.1/a', '10.1/b', '10.1/c']) }))).toMatchObject({ status: 'pending', rule: 'review' });
  });

  it('goes to review when the ORCID record cannot be read, and to a dispute when the record is owned', () => {
    expect(decideClaim(facts({ orcid: null, orcidProblem: 'ORCID answered 503.' }))).toMatchObject({ status: 'pending', evidence: { orcidRecordProblem: 'ORCID answered 503.' } });
    expect(decideClaim(facts({ recordOrcid: '0000-0002-1825-0097', ownedByAnother: true })).status).toBe('disputed');
  });

  it('records whether a dispute’s evidence is at least as strong as the owner’s (only then is the score withheld)', () => {
    const ownerByOrcid = decideClaim(facts({ recordOrcid: '0000-0002-1825-0097' })).evidence;
    const ownerByWorks = decideClaim(facts({ recordOrcid: null, orcid: orcid(['10.1/a', '10.1/b']) })).evidence;
    expect(ownerByWorks).toMatchObject({ overlap: ['10.1/a', '10.1/b'], needed: 2 });
    const dispute = (f: Partial<ClaimFacts>, owner: typeof ownerByOrcid) => decideClaim(facts({ ...f, ownedByAnother: true, ownerEvidence: owner })).evidence.outweighsOwner;
    // No evidence never outweighs, whoever the owner is.
    expect(dispute({ recordOrcid: null, orcid: orcid([]) }, ownerByWorks)).toBe(false);
    expect(dispute({ orcid: null, orcidProblem: 'ORCID answered 503.' }, ownerByWorks)).toBe(false);
    // The works the owner was approved on, listed by the disputer too: as strong.
    expect(dispute({ recordOrcid: null, orcid: orcid(['10.1/a', '10.1/b']) }, ownerByWorks)).toBe(true);
    // Fewer shared works, or works against an owner whose iD the record carries: weaker.
    expect(dispute({ recordOrcid: null, orcid: orcid(['10.1/a']) }, ownerByWorks)).toBe(false);
    expect(dispute({ recordOrcid: '0000-0002-1825-0097', signedInOrcid: '0000-0001-6187-6610', orcid: orcid(['10.1/a', '10.1/b', '10.1/c']) }, ownerByOrcid)).toBe(false);
    // The record's iD is the disputer's (the owner came by works overlap before OpenAlex had the iD): stronger.
    expect(dispute({ recordOrcid: '0000-0002-1825-0097' }, ownerByWorks)).toBe(true);
    // An owner's evidence that cannot be read: nothing is withheld.
    expect(dispute({ recordOrcid: null, orcid: orcid(['10.1/a', '10.1/b']) }, null as never)).toBe(false);
    expect(decideClaim(facts({ recordOrcid: '0000-0002-1825-0097' })).evidence.outweighsOwner).toBeUndefined();
  });

  it('gives L4 only for a member-asserted employment matching the record’s institution (by ROR, else by name)', () => {
    const employment = (memberAsserted: boolean, orgId: string | null, organisation = 'Elsewhere') => ({ kind: 'employment' as const, organisation, orgId, orgIdSource: orgId ? 'ROR' : null, memberAsserted });
    const approve = (a: OrcidFacts['affiliations']) => decideClaim(facts({ recordOrcid: '0000-0002-1825-0097', orcid: orcid([], a) }));
    expect(approve([employment(true, 'https://ror.org/006jb1a24')]).level).toBe('L4');
    expect(approve([employment(true, null, 'Bangor University')]).level).toBe('L4');
    expect(approve([employment(false, 'https://ror.org/006jb1a24')]).level).toBe('L3');
    expect(approve([employment(true, 'https://ror.org/02nr0ka47')])).toMatchObject({ level: 'L3', evidence: { trustMarker: true } });
  });
});

describe('sign-in redirect URLs', () => {
  it('accepts extension redirect URLs and the configured prefixes only', () => {
    expect(isAllowedRedirect('https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/')).toBe(true);
    expect(isAllowedRedirect('https://0f4d5a7e-1b6e-4e8f-9c3d-2a1b0c9d8e7f.extensions.allizom.org/cb')).toBe(true);
    expect(isAllowedRedirect('https://abcdefghijklmnopabcdefghijklmnoz.chromiumapp.org/')).toBe(false); // ids use a–p only
    expect(isAllowedRedirect('https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org:8443/')).toBe(false);
    expect(isAllowedRedirect('https://user@abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/')).toBe(false);
    expect(isAllowedRedirect('http://127.0.0.1:3000/done', ['http://127.0.0.1:3000/'])).toBe(true);
    expect(isAllowedRedirect('http://127.0.0.1:3000.evil.example/done', ['http://127.0.0.1:3000/'])).toBe(false);
  });
});
