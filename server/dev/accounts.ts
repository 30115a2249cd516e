import { isValidOrcidChecksum } from '../../lib/api/ids';

/**
 * ORCID-shaped accounts of the local OpenID provider and ORCID record replay (dev and tests). Sign in as one
 * by typing its iD at the local login form. Each exercises one claim rule against the recorded OpenAlex data:
 */
export interface LocalAccount {
  orcid: string;
  givenNames: string;
  familyName: string;
  /** The OpenAlex record this account is the person of, for reference in tests and docs. */
  openAlexId: string | null;
  /** DOIs listed on the account's ORCID record (works sourced by the person themself). */
  dois: string[];
  /** One employment, self-asserted or written by an ORCID member organisation (a trust marker). */
  employment: { organisation: string; ror: string; memberAsserted: boolean } | null;
  note: string;
}

export const LOCAL_ACCOUNTS: readonly LocalAccount[] = [
  {
    orcid: '0000-0001-6187-6610',
    givenNames: 'Jason',
    familyName: 'Priem',
    openAlexId: 'A5023888391',
    dois: ['10.7717/peerj.4375'],
    employment: { organisation: 'OurResearch', ror: 'https://ror.org/02nr0ka47', memberAsserted: false },
    note: 'His OpenAlex record carries this iD: claim approved by ORCID equality, L3 (his employment is self-asserted).',
  },
  {
    orcid: '0000-0003-1613-5981',
    givenNames: 'Heather',
    familyName: 'Piwowar',
    openAlexId: 'A5048491430',
    dois: ['10.7717/peerj.4375', '10.1038/493159a'],
    employment: { organisation: 'OurResearch', ror: 'https://ror.org/02nr0ka47', memberAsserted: true },
    note: 'ORCID equality, and an employment at the record’s institution asserted by a member organisation: L4.',
  },
  {
    // A made-up iD (valid checksum): OpenAlex has no ORCID iD for Joseph Mearman.
    orcid: '0000-0002-9000-0009',
    givenNames: 'Joseph',
    familyName: 'Mearman',
    openAlexId: 'A5017898742',
    dois: ['10.1145/2795233', '10.48550/arxiv.2108.04680'],
    employment: null,
    note: 'Record without an ORCID iD: approved by works overlap (2 of its DOIs) once those works are stored.',
  },
  {
    orcid: '0000-0001-7718-3181',
    givenNames: 'Jonathan C.',
    familyName: 'Roberts',
    openAlexId: 'A5009341822',
    dois: ['10.1145/2795233', '10.48550/arxiv.2108.04680', '10.2312/cgvc.20211309'],
    employment: null,
    note: 'Co-author of Mearman: his works overlap Mearman’s record too (the concurrent-claim test), and he owns his own.',
  },
  {
    orcid: '0000-0002-1825-0097',
    givenNames: 'Josiah',
    familyName: 'Carberry',
    openAlexId: null,
    dois: [],
    employment: null,
    note: 'ORCID’s fictional test researcher: an unrelated second user (pending claims, disputes, invitations).',
  },
];

for (const a of LOCAL_ACCOUNTS) {
  if (!isValidOrcidChecksum(a.orcid)) throw new Error(`Local account ${a.orcid} has an invalid ORCID checksum.`);
}

/** Ports of `npm run dev`'s local ORCID stand-ins, and the client the dev service is registered as. */
export const DEV = {
  oidcPort: 8790,
  orcidApiPort: 8791,
  clientId: 'peerlens-dev',
  clientSecret: 'peerlens-dev-secret-not-for-production',
} as const;
