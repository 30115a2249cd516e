import { useMemo } from 'preact/hooks';
import type { ResearcherProfile } from '../../lib/api/profile';
import { layoutResearchGraph, type GraphNode } from './graph-layout';

/**
 * The research graph as SVG. Collaborator nodes are links to their profiles (click, Enter or Space);
 * every node is focusable and titled, so the picture can be explored by keyboard and screen reader.
 */
export function ResearchGraph({ profile, onOpenResearcher }: { profile: ResearcherProfile; onOpenResearcher: (id: string) => void }) {
  const layout = useMemo(() => layoutResearchGraph(profile), [profile]);
  if (layout.nodes.length === 1) return <p class="muted">Nothing to draw yet: no collaborators, topics or institutions.</p>;
  const maxWeight = Math.max(1, ...layout.edges.map((e) => e.weight));
  const { box } = layout;
  return (
    <figure class="graph">
      <svg
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="group"
        aria-label={`Research graph of ${profile.summary.name}: close collaborators, topics and institutions`}
      >
        <g class="edges" aria-hidden="true">
          {layout.edges.map((e) => (
            <line
              key={e.target.id}
              class={`edge ${e.target.kind}`}
              x1={e.from.x}
              y1={e.from.y}
              x2={e.target.x}
              y2={e.target.y}
              stroke-width={1 + 4 * (e.weight / maxWeight)}
            />
          ))}
        </g>
        {layout.nodes.map((n) => (
          <Node key={n.id} node={n} onOpenResearcher={onOpenResearcher} />
        ))}
      </svg>
      <figcaption class="legend">
        <span class="key collaborator">collaborator</span>
        <span class="key topic">topic</span>
        <span class="key institution">institution</span>
        <span class="muted">line width: shared works</span>
      </figcaption>
    </figure>
  );
}

function Node({ node, onOpenResearcher }: { node: GraphNode; onOpenResearcher: (id: string) => void }) {
  const researcherId = node.researcherId;
  const open = researcherId ? () => onOpenResearcher(researcherId) : undefined;
  return (
    <g
      class={`node ${node.kind}`}
      transform={`translate(${node.x} ${node.y})`}
      tabindex={node.kind === 'self' ? -1 : 0}
      role={open ? 'link' : 'img'}
      aria-label={open ? `${node.detail} — open profile` : node.detail}
      data-node-kind={node.kind}
      onClick={open}
      onKeyDown={(event) => {
        if (open && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          open();
        }
      }}
    >
      <title>{node.detail}</title>
      {node.kind === 'self' ? (
        <>
          <rect x={node.labelBox.x} y={node.labelBox.y} width={node.labelBox.width} height={node.labelBox.height} rx={node.labelBox.height / 2} />
          <text y={4} text-anchor="middle">
            {node.text}
          </text>
        </>
      ) : (
        <>
          <circle r={node.r} />
          {/* Placed by the layout where it collides least (graph-layout.ts). */}
          <text
            x={node.anchor === 'start' ? node.labelBox.x : node.anchor === 'end' ? node.labelBox.x + node.labelBox.width : node.labelBox.x + node.labelBox.width / 2}
            y={node.labelBox.y + node.labelBox.height - 4}
            text-anchor={node.anchor}
          >
            {node.text}
          </text>
        </>
      )}
    </g>
  );
}
