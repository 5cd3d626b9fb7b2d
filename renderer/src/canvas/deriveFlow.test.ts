import { describe, expect, it } from 'vitest';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import { poolSize, serverOffset } from '../../../shared/geometry/boxSizes';
import { planStates } from '../../../shared/plan/planStates';
import { stateDiff } from '../../../shared/plan/stateDiff';
import { fabrikamMigration } from '../../../shared/samples/fabrikamMigration';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { fabrikamDesign } from '../../../shared/testing/fabrikamDesign';
import { validate } from '../../../shared/validate';
import { deriveFlow } from './deriveFlow';
import { stableNodes } from './stableFlow';

function flowOf(builder: DesignBuilder, selection: string[] = []) {
  return deriveFlow(designDiagram(builder.design, validate(builder.design)), new Set(selection));
}

describe('deriveFlow', () => {
  it('nests pools and groups in their site and servers in their pool, parents first', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 4);
    const group = b.users(site, pool, 500);
    const { nodes } = flowOf(b);
    const byId = new Map(nodes.map((node, index) => [node.id, { node, index }]));
    expect(byId.get(pool)!.node.parentId).toBe(site);
    expect(byId.get(group)!.node.parentId).toBe(site);
    const servers = nodes.filter((node) => node.type === 'server');
    expect(servers).toHaveLength(4);
    for (const server of servers) {
      expect(server.parentId).toBe(pool);
      expect(byId.get(server.id)!.index).toBeGreaterThan(byId.get(pool)!.index);
    }
    expect(servers.map((s) => s.position)).toEqual([0, 1, 2, 3].map(serverOffset));
  });

  it('sizes a pool for its servers and grows the site to hold it', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 12);
    b.design.layout = { nodes: { [site]: { x: 0, y: 0, width: 200, height: 100 }, [pool]: { x: 24, y: 70 } } };
    const { nodes, siteRects, poolRects } = flowOf(b);
    const size = poolSize(12);
    expect(nodes.find((n) => n.id === pool)).toMatchObject({ width: size.width, height: size.height });
    expect(siteRects.get(site)!.width).toBeGreaterThanOrEqual(24 + size.width);
    expect(siteRects.get(site)!.height).toBeGreaterThanOrEqual(70 + size.height);
    expect(poolRects.get(pool)).toEqual({ x: 24, y: 70, ...size });
  });

  it('carries findings to the nodes they are about, as a badge summary', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 13);
    const node = flowOf(b).nodes.find((n) => n.id === pool)!;
    const about = validate(b.design).findings.filter((f) => f.subjects.includes(pool));
    expect(about.map((f) => f.rule)).toContain('CAP-FE-MAX-SERVERS');
    expect(node.type === 'pool' && node.data.findings).toEqual({ count: about.length, worst: 'error' });
  });

  it('draws links between sites with their figures, and homing lines only for what is selected', () => {
    const b = new DesignBuilder();
    const central = b.site('Dallas');
    const branch = b.site('Austin', 'branch', central);
    const pool = b.frontEnd(central, 3);
    const group = b.users(branch, pool, 100);
    const link = b.link(branch, central, 1024);
    const { edges } = flowOf(b, [link]);
    expect(edges.find((e) => e.id === link)).toMatchObject({
      type: 'link',
      source: branch,
      target: central,
      selected: true,
    });
    // A line from every group of an estate to its pool would cover the map: it shows for the group or its pool.
    expect(edges.find((e) => e.type === 'homing')).toBeUndefined();
    expect(flowOf(b, [group]).edges.find((e) => e.id === `home:${group}`)).toMatchObject({
      type: 'homing',
      source: group,
      target: pool,
      selectable: false,
    });
    // A selected pool shows the lines of the groups in its own site; the branch's group is homed across the link.
    const local = b.users(central, pool, 500);
    const lines = flowOf(b, [pool])
      .edges.filter((e) => e.type === 'homing')
      .map((e) => e.source);
    expect(lines).toEqual([local]);
  });

  it("gives each association edge the diagram's route, so the canvas draws the line print draws", () => {
    const { design, ids } = fabrikamDesign();
    const diagram = designDiagram(design, validate(design));
    const line = diagram.lines.find((candidate) => candidate.id === ids.feToEdge)!;
    const edge = deriveFlow(diagram, new Set()).edges.find((candidate) => candidate.id === ids.feToEdge)!;
    expect(line.kind === 'association' && edge.type === 'association').toBe(true);
    if (line.kind !== 'association' || edge.type !== 'association') return;
    const { points, label } = line.route;
    expect(points.length).toBeGreaterThan(2);
    expect(edge.data).toMatchObject({
      kind: 'edge',
      path: points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x},${p.y}`).join(' '),
      labelX: label.x,
      labelY: label.y,
    });
    // The ends it was routed between, to tell when a drag has moved one.
    const fe = diagram.boxes.find((box) => box.id === ids.fe)!;
    expect(edge.data!.at.startsWith(`${fe.x},${fe.y},${fe.width},${fe.height} `)).toBe(true);
  });
});

describe('deriveFlow of a step’s diagram', () => {
  const states = planStates(fabrikamMigration());
  const step = (id: string) => {
    const k = states.indexOf(id)!;
    const before = states.stateAt(k - 1);
    const after = states.stateAt(k);
    return { before, after, diagram: designDiagram(after, validate(after), undefined, stateDiff(before, after)) };
  };

  it('draws what the step removes as ghosts nobody can select, drag, connect or drop into', () => {
    const { before, diagram } = step('sea-8-decommission');
    const ghostServer = before.servers.find((server) => server.poolId === 'fe2010-sea')!.id;
    // Even when the selection still names it (it was selected in the state before).
    const flow = deriveFlow(diagram, new Set(['fe2010-sea', ghostServer]));
    for (const id of ['fe2010-sea', ghostServer]) {
      expect(flow.nodes.find((node) => node.id === id)).toMatchObject({
        selectable: false,
        draggable: false,
        connectable: false,
        focusable: false,
        selected: false,
        data: { mark: 'removed' },
      });
    }
    expect(flow.poolRects.has('fe2010-sea')).toBe(false);
    const ghostEdge = flow.edges.find((edge) => edge.data && 'mark' in edge.data && edge.data.mark === 'removed')!;
    expect(ghostEdge).toMatchObject({ selectable: false, focusable: false, selected: false });
    // The ghost pool has no findings badge: its findings are not of the state shown.
    const ghost = flow.nodes.find((node) => node.id === 'fe2010-sea')!;
    expect(ghost.type === 'pool' && ghost.data.findings).toBeUndefined();
    // A live pool next to it stays editable.
    expect(flow.nodes.find((node) => node.id === 'fe2013-sea')).not.toHaveProperty('draggable');
  });

  it('marks added nodes and flags 2010 ones, and leaves every unmarked node as the plain diagram derives it', () => {
    const { after, diagram } = step('dal-3-pilot-pool');
    const marked = deriveFlow(diagram, new Set()).nodes;
    const plain = deriveFlow(designDiagram(after, validate(after)), new Set()).nodes;
    expect(marked.find((node) => node.id === 'fe2013-dal')?.data).toMatchObject({ mark: 'added' });
    expect(marked.find((node) => node.id === 'fe2010-dal')?.data).toMatchObject({ legacy: true });
    // Showing a step re-renders only what it marks: every other node keeps the object React Flow already has.
    const kept = stableNodes(marked, plain);
    const changed = kept.filter((node, i) => node !== plain[i]).map((node) => node.id);
    const added = new Set(
      stateDiff(states.stateAt(states.indexOf('dal-3-pilot-pool')! - 1), after).added.map(({ entity }) => entity.id),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((id) => added.has(id))).toBe(true);
  });
});
