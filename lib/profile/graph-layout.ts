import { forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { ResearcherProfile } from '../api/profile';
import { isPersonName } from '../names/noise';

export type GraphNodeKind = 'self' | 'collaborator' | 'topic' | 'institution';

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  /** What the node stands for in words (its <title>). */
  detail: string;
  x: number;
  y: number;
  r: number;
  /** Set on collaborators: the researcher to move to. */
  researcherId?: string;
}

export interface GraphEdge {
  source: GraphNode;
  target: GraphNode;
  /** Shared works (collaborators), works in the topic (topics), years there (institutions). */
  weight: number;
}

export interface GraphLayout {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Bounding box of the nodes, for the SVG's viewBox. */
  box: { x: number; y: number; width: number; height: number };
}

export const GRAPH_LIMITS = { collaborators: 8, topics: 5, institutions: 4 } as const;
const TICKS = 300;

interface SimNode extends SimulationNodeDatum {
  node: GraphNode;
}

/**
 * The research graph: the researcher in the middle, close collaborators, topics and institutions
 * around, edges weighted by shared works. Laid out by d3-force for a fixed number of ticks, at once
 * and without animation; the start positions are fixed, so the same profile always draws the same way.
 */
export function layoutResearchGraph(profile: ResearcherProfile): GraphLayout {
  const works = profile.summary.counts.works;
  const self: GraphNode = { id: `self:${profile.summary.id}`, kind: 'self', label: profile.summary.name, detail: profile.summary.name, x: 0, y: 0, r: 16 };
  const around: Array<{ node: GraphNode; weight: number }> = [];
  for (const c of profile.collaborators.filter((c) => isPersonName(c.summary.name)).sort((a, b) => b.sharedWorks - a.sharedWorks).slice(0, GRAPH_LIMITS.collaborators)) {
    around.push({
      node: {
        id: `collaborator:${c.summary.id}`,
        kind: 'collaborator',
        label: c.summary.name,
        detail: `${c.summary.name}: ${c.sharedWorks} shared ${c.sharedWorks === 1 ? 'work' : 'works'}`,
        researcherId: c.summary.id,
        x: 0,
        y: 0,
        r: 9,
      },
      weight: c.sharedWorks,
    });
  }
  for (const t of [...profile.topics].sort((a, b) => b.share - a.share).slice(0, GRAPH_LIMITS.topics)) {
    const inTopic = Math.max(1, Math.round(t.share * works));
    around.push({
      node: { id: `topic:${t.id}`, kind: 'topic', label: t.name, detail: `Topic ${t.name}: ${Math.round(t.share * 100)}% of works`, x: 0, y: 0, r: 7 },
      weight: inTopic,
    });
  }
  for (const i of profile.institutions.slice(0, GRAPH_LIMITS.institutions)) {
    const years = i.years.length;
    const span = years > 0 ? ` (${Math.min(...i.years)}–${Math.max(...i.years)})` : '';
    around.push({
      node: { id: `institution:${i.id}`, kind: 'institution', label: i.name, detail: `Institution ${i.name}${span}`, x: 0, y: 0, r: 7 },
      weight: Math.max(1, years),
    });
  }

  // Start on a circle, grouped by kind, so the layout is deterministic and kinds stay together.
  const simNodes: SimNode[] = [{ node: self, x: 0, y: 0, fx: 0, fy: 0 }];
  around.forEach((a, k) => {
    const angle = (2 * Math.PI * k) / Math.max(1, around.length) - Math.PI / 2;
    simNodes.push({ node: a.node, x: 180 * Math.cos(angle), y: 180 * Math.sin(angle) });
  });
  const maxWeight = Math.max(1, ...around.map((a) => a.weight));
  const links = around.map((a, k) => ({ source: simNodes[0]!, target: simNodes[k + 1]!, weight: a.weight }));

  forceSimulation(simNodes)
    // Heavier edges pull their node closer; labels sit under nodes, so nodes keep a label's width apart.
    .force('link', forceLink(links).distance((l) => 190 - 60 * (l.weight / maxWeight)).strength(0.6))
    .force('charge', forceManyBody().strength(-500))
    .force('collide', forceCollide<SimNode>((d) => d.node.r + 48).strength(1))
    .stop()
    .tick(TICKS);

  for (const s of simNodes) {
    s.node.x = Math.round(s.x ?? 0);
    s.node.y = Math.round(s.y ?? 0);
  }
  const nodes = simNodes.map((s) => s.node);
  const edges = around.map((a) => ({ source: self, target: a.node, weight: a.weight }));
  // Room for labels under nodes and for long names to the sides.
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const pad = { x: 70, top: 24, bottom: 34 };
  const box = {
    x: Math.min(...xs) - pad.x,
    y: Math.min(...ys) - pad.top,
    width: Math.max(...xs) - Math.min(...xs) + 2 * pad.x,
    height: Math.max(...ys) - Math.min(...ys) + pad.top + pad.bottom,
  };
  return { nodes, edges, box };
}
