import { describe, expect, it } from 'vitest';
import { layoutResearchGraph, segmentHitsBox, type GraphLayout } from '../../components/profile/graph-layout';
import { collaborator, profile } from './sample-profile';
import { researcher } from './sample-results';

/** A crowded graph: the graph's limits of collaborators, topics and institutions, with long names. */
function crowded() {
  const names = [
    'Juan Pablo Alperin', 'Vincent Larivière', 'Stefanie Haustein', 'Heather Piwowar', 'Bree Norlander',
    'Ashley Farley', 'Jevin D. West', 'Lisa Matthias', 'Cassidy R. Sugimoto',
  ];
  return profile({
    summary: researcher({ name: 'Jason Priem' }),
    collaborators: names.map((n, i) => collaborator(`A50000000${10 + i}`, n, 9 - i)),
    topics: ['Scientometrics and bibliometrics research', 'Research Data Management Practices', 'Wikis in Education and Collaboration', 'Academic Publishing and Open Access', 'Social Media and Politics'].map((name, i) => ({ id: `T${i}`, name, field: 'Social Sciences', share: 0.3 - i * 0.05 })),
    institutions: ['University of North Carolina at Chapel Hill', 'OurResearch', 'OpenAlex', 'University of British Columbia'].map((name, i) => ({ id: `I${i}`, name, ror: null, country: 'US', years: [2010 + i] })),
  });
}

const abs = (layout: GraphLayout) =>
  layout.nodes.map((n) => ({ n, box: { x: n.x + n.labelBox.x, y: n.y + n.labelBox.y, width: n.labelBox.width, height: n.labelBox.height } }));
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe('research graph labels', () => {
  for (const [what, p] of [['the sample profile', profile()], ['a crowded profile with long names', crowded()]] as const) {
    it(`do not overlap each other or other nodes, are not cut, and no edge crosses the centre label (${what})`, () => {
      const layout = layoutResearchGraph(p);
      const labels = abs(layout);
      for (const a of labels) {
        for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box), `${a.n.text} over ${b.n.text}`).toBe(false);
        for (const m of layout.nodes) {
          if (m === a.n || m.kind === 'self') continue;
          expect(overlaps(a.box, { x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r }), `${a.n.text} over node ${m.label}`).toBe(false);
        }
        // Inside the viewBox: nothing cut.
        expect(a.box.x).toBeGreaterThanOrEqual(layout.box.x);
        expect(a.box.y).toBeGreaterThanOrEqual(layout.box.y);
        expect(a.box.x + a.box.width).toBeLessThanOrEqual(layout.box.x + layout.box.width);
        expect(a.box.y + a.box.height).toBeLessThanOrEqual(layout.box.y + layout.box.height);
      }
      const centre = labels.find((l) => l.n.kind === 'self')!.box;
      const inner = { x: centre.x + 1, y: centre.y + 1, width: centre.width - 2, height: centre.height - 2 };
      for (const e of layout.edges) expect(segmentHitsBox(e.from, e.target, inner), `edge to ${e.target.label}`).toBe(false);
    });
  }

  it('keeps the graph’s limits and the same layout every time', () => {
    const a = layoutResearchGraph(crowded());
    expect(a.nodes.filter((n) => n.kind === 'collaborator')).toHaveLength(8);
    expect(a.nodes.map((n) => [n.x, n.y, n.labelBox.x])).toEqual(layoutResearchGraph(crowded()).nodes.map((n) => [n.x, n.y, n.labelBox.x]));
  });
});
