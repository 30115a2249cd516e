/**
 * Writes the arXiv listing fixtures built from arXiv's template structure (no saved real listing page
 * exists; PROVENANCE.md). Run once, output committed: `npx tsx scripts/make-page-fixtures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listingPage } from './support/arxiv-listing-page';
import { repoRoot } from '../server/dev/fixtures';

const out = join(repoRoot, 'tests', 'fixtures', 'pages');

writeFileSync(
  join(out, 'arxiv_list_cs.AI_new.from-arxiv-browse-template.html'),
  listingPage({
    category: 'cs.AI',
    withAbstracts: true,
    provenance:
      'Built by scripts/make-page-fixtures.ts from the structure of arXiv\'s listing template (arXiv/arxiv-browse browse/templates/list/list_macros.html); real arXiv ids and author lists, not a saved arXiv page. Served at https://arxiv.org/list/cs.AI/new',
    entries: [
      { id: '1706.03762', title: 'Attention Is All You Need', authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Lukasz Kaiser', 'Illia Polosukhin'] },
      { id: '1912.06680', title: 'Dota 2 with Large Scale Deep Reinforcement Learning', kind: 'cross', authors: ['OpenAI:', 'Christopher Berner', 'Greg Brockman', 'Brooke Chan'] },
      { id: '1512.03385', title: 'Deep Residual Learning for Image Recognition', authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'] },
      { id: '2501.00004', title: 'An entry whose author list arXiv cannot show', authors: [], unavailable: true },
      { id: '2106.09608', title: 'Learning Knowledge Graph-based World Models of Textual Environments', kind: 'rep', authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'] },
      { id: '2005.14165', title: 'Language Models are Few-Shot Learners', authors: ['Tom B. Brown', 'Benjamin Mann', 'Nick Ryder', 'Melanie Subbiah', 'Jared Kaplan'] },
      { id: '2501.00007', title: 'A measurement signed by a collaboration', authors: ['The ATLAS Collaboration', 'Ada Abbott'] },
    ],
  }),
);
console.log('wrote', out);
