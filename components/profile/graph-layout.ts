import { forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { ResearcherProfile } from '../../lib/api/profile';
import { isPersonName } from '../../lib/names/noise';

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
  /** The label as drawn (shortened) and where: its box, relative to the node, and the text's anchor. */
  text: string;
  labelBox: { x: number; y: number; width: number; height: number };
  anchor: 'start' | 'middle' | 'end';
}

export interface GraphEdge {
  source: GraphNode;
  target: GraphNode;
  /** Where the line starts: on the edge of the centre's label box, so no line crosses the researcher's name. */
  from: { x: number; y: number };
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

/** Labels are shortened to this many characters (the full name is in the node's title). */
export const LABEL_CHARS = 22;
const FONT_PX = 11;
const SELF_FONT_PX = 12;
/** A generous average glyph width for system sans-serif: boxes err on the side of room. */
const CHAR_EM = 0.62;
const LABEL_H = 15;

export const shortLabel = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);
const textWidth = (s: string, px: number) => Math.ceil(s.length * px * CHAR_EM);

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

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
  // The researcher is a labelled box in the middle: edges start at its border, never across the name.
  const selfText = shortLabel(profile.summary.name);
  const selfW = textWidth(selfText, SELF_FONT_PX) + 16;
  const selfH = LABEL_H + 9;
  const self: GraphNode = {
    id: `self:${profile.summary.id}`, kind: 'self', label: profile.summary.name, detail: profile.summary.name, x: 0, y: 0, r: Math.ceil(Math.hypot(selfW, selfH) / 2),
    text: selfText, labelBox: { x: -selfW / 2, y: -selfH / 2, width: selfW, height: selfH }, anchor: 'middle',
  };
  const blank = { text: '', labelBox: { x: 0, y: 0, width: 0, height: 0 }, anchor: 'middle' as const };
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
        ...blank,
      },
      weight: c.sharedWorks,
    });
  }
  for (const t of [...profile.topics].sort((a, b) => b.share - a.share).slice(0, GRAPH_LIMITS.topics)) {
    const inTopic = Math.max(1, Math.round(t.share * works));
    around.push({
      node: { id: `topic:${t.id}`, kind: 'topic', label: t.name, detail: `Topic ${t.name}: ${Math.round(t.share * 100)}% of works`, x: 0, y: 0, r: 7, ...blank },
      weight: inTopic,
    });
  }
  for (const i of profile.institutions.slice(0, GRAPH_LIMITS.institutions)) {
    const years = i.years.length;
    const span = years > 0 ? ` (${Math.min(...i.years)}–${Math.max(...i.years)})` : '';
    around.push({
      node: { id: `institution:${i.id}`, kind: 'institution', label: i.name, detail: `Institution ${i.name}${span}`, x: 0, y: 0, r: 7, ...blank },
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

  // Each node keeps about half its label's width free around it, so labels have room to be placed.
  const spread = (n: GraphNode) => (n.kind === 'self' ? n.r : n.r + Math.min(70, textWidth(shortLabel(n.label), FONT_PX) / 2 + 6));
  forceSimulation(simNodes)
    // Heavier edges pull their node closer.
    .force('link', forceLink(links).distance((l) => 200 - 60 * (l.weight / maxWeight)).strength(0.6))
    .force('charge', forceManyBody().strength(-500))
    .force('collide', forceCollide<SimNode>((d) => spread(d.node)).strength(1))
    .stop()
    .tick(TICKS);

  for (const s of simNodes) {
    s.node.x = Math.round(s.x ?? 0);
    s.node.y = Math.round(s.y ?? 0);
  }
  const nodes = simNodes.map((s) => s.node);
  placeLabels(nodes, self);
  const edges = around.map((a) => ({ source: self, target: a.node, weight: a.weight, from: boxExit(self, a.node) }));
  // The viewBox holds every node and every label whole: nothing is cut at the edges.
  const pad = 6;
  const boxes = nodes.flatMap((n) => [
    { x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r },
    ...(n.kind === 'self' ? [] : [{ x: n.x + n.labelBox.x, y: n.y + n.labelBox.y, width: n.labelBox.width, height: n.labelBox.height }]),
  ]);
  const minX = Math.min(...boxes.map((b) => b.x)) - pad;
  const minY = Math.min(...boxes.map((b) => b.y)) - pad;
  const maxX = Math.max(...boxes.map((b) => b.x + b.width)) + pad;
  const maxY = Math.max(...boxes.map((b) => b.y + b.height)) + pad;
  return { nodes, edges, box: { x: Math.floor(minX), y: Math.floor(minY), width: Math.ceil(maxX - minX), height: Math.ceil(maxY - minY) } };
}

/**
 * Puts each label where it collides least: beside its node, away from the centre first, then the other
 * sides; tested against labels already placed, every node's circle, the centre's box and the edges. Nodes
 * nearest the centre choose first (their room is scarcest).
 */
function placeLabels(nodes: GraphNode[], self: GraphNode): void {
  const placed: Rect[] = [{ x: self.x + self.labelBox.x, y: self.y + self.labelBox.y, width: self.labelBox.width, height: self.labelBox.height }];
  const circles: Rect[] = nodes.map((n) => ({ x: n.x - n.r - 2, y: n.y - n.r - 2, width: 2 * n.r + 4, height: 2 * n.r + 4 }));
  const others = nodes.filter((n) => n !== self).sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y) || a.id.localeCompare(b.id));
  for (const n of others) {
    const text = shortLabel(n.label);
    const w = textWidth(text, FONT_PX);
    const gap = n.r + 4;
    const angle = Math.atan2(n.y - self.y, n.x - self.x);
    const below = { x: -w / 2, y: gap - 3, anchor: 'middle' as const };
    const above = { x: -w / 2, y: -gap - LABEL_H + 3, anchor: 'middle' as const };
    const right = { x: gap, y: -LABEL_H / 2, anchor: 'start' as const };
    const left = { x: -gap - w, y: -LABEL_H / 2, anchor: 'end' as const };
    // Outward first: a label on the far side of its node never lies across its own edge.
    const c = Math.cos(angle);
    const sn = Math.sin(angle);
    const order = Math.abs(c) > 0.5 ? (c > 0 ? [right, below, above, left] : [left, below, above, right]) : sn > 0 ? [below, right, left, above] : [above, right, left, below];
    let best = order[0]!;
    let bestCost = Infinity;
    for (const option of order) {
      const box = { x: n.x + option.x, y: n.y + option.y, width: w, height: LABEL_H };
      const cost =
        placed.reduce((sum, p) => sum + overlap(box, p), 0) +
        circles.reduce((sum, p, i) => sum + (nodes[i] === n ? 0 : overlap(box, p)), 0) +
        nodes.reduce((sum, m) => sum + (m === self ? 0 : segmentHitsBox(boxExit(self, m), m, box) ? 600 : 0), 0);
      if (cost < bestCost) {
        best = option;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    n.text = text;
    n.anchor = best.anchor;
    n.labelBox = { x: best.x, y: best.y, width: w, height: LABEL_H };
    placed.push({ x: n.x + best.x, y: n.y + best.y, width: w, height: LABEL_H });
  }
}

/** Where the line from the centre towards `to` leaves the centre's box. */
function boxExit(self: GraphNode, to: { x: number; y: number }): { x: number; y: number } {
  const dx = to.x - self.x;
  const dy = to.y - self.y;
  const hw = self.labelBox.width / 2 + 2;
  const hh = self.labelBox.height / 2 + 2;
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy), 1);
  return { x: Math.round(self.x + dx * t), y: Math.round(self.y + dy * t) };
}

/** Whether the segment from `a` to `b` passes through the rectangle (Liang–Barsky clipping). */
export function segmentHitsBox(a: { x: number; y: number }, b: { x: number; y: number }, box: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: Array<[number, number]> = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}
