import { type Design, designSchema } from '../model/design';

/**
 * The text of a `.lyncplan` file: keys in the schema's order, layout entries sorted by id, two-space
 * indent and a final newline (and no empty `waivers` list), so two saves of the same design are byte-identical and diff cleanly in Git.
 *
 * Passing the design through the schema once more puts every object's keys in the order the schema
 * declares them (zod builds its output in shape order) and drops fields a caller set to `undefined`.
 */
export function serializeDesign(design: Design): string {
  const canonical = designSchema.parse(design);
  // No waivers is no `waivers` key: a design that never had one is written as it was before waivers existed.
  if (canonical.waivers?.length === 0) delete canonical.waivers;
  const nodes = canonical.layout?.nodes;
  if (nodes && canonical.layout) {
    const sorted: typeof nodes = {};
    for (const id of Object.keys(nodes).sort()) sorted[id] = nodes[id]!;
    canonical.layout = { ...canonical.layout, nodes: sorted };
  }
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
