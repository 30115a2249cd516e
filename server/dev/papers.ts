/** Papers from the recorded OpenAlex fixtures that the service benchmarks and the action tests visit. */

/** The PeerJ paper: Piwowar, Priem and colleagues (all nine authors have OpenAlex records in the fixtures). */
export const PEERJ = {
  doi: '10.7717/peerj.4375',
  authors: ['Heather Piwowar', 'Jason Priem', 'Vincent Larivière', 'Juan Pablo Alperin', 'Lisa Matthias', 'Bree Norlander', 'Ashley Farley', 'Jevin West', 'Stefanie Haustein'],
};

/** Two works of Joseph Mearman (A5017898742, no ORCID iD in OpenAlex) that carry DOIs. */
export const MEARMAN_PAPERS = [
  { doi: '10.1145/2795233', authors: ['Helen Cabot Miles'] },
  { doi: '10.48550/arxiv.2108.04680', authors: ['Jonathan C. Roberts', 'Joseph Mearman'] },
];
