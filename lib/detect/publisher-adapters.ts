/** The supported publishers' adapters (the publisher content script's manifest matches are theirs). */
import { aclAnthology } from './sites/acl-anthology';
import { acmDl } from './sites/acm-dl';
import { acs } from './sites/acs';
import { biorxiv } from './sites/biorxiv';
import { cvf } from './sites/cvf';
import { dblp } from './sites/dblp';
import { googleScholar } from './sites/google-scholar';
import { ieeeXplore } from './sites/ieee-xplore';
import { jstor } from './sites/jstor';
import { neurips } from './sites/neurips';
import { openreview } from './sites/openreview';
import { peerj } from './sites/peerj';
import { plos } from './sites/plos';
import { pmc } from './sites/pmc';
import { pmlr } from './sites/pmlr';
import { pubmed } from './sites/pubmed';
import { sciencedirect } from './sites/sciencedirect';
import { semanticScholar } from './sites/semantic-scholar';
import { springerNature } from './sites/springer-nature';
import { taylorFrancis } from './sites/taylor-francis';
import { wiley } from './sites/wiley';
import type { SiteAdapter } from './types';

export const PUBLISHER_ADAPTERS: readonly SiteAdapter[] = [
  aclAnthology, acmDl, acs, biorxiv, cvf, dblp, googleScholar, ieeeXplore, jstor, neurips, openreview, peerj, plos, pmc, pmlr, pubmed,
  sciencedirect, semanticScholar, springerNature, taylorFrancis, wiley,
];
