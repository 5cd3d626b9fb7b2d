import type { Design } from '../model/design';

/** The design with these waivers, or with no `waivers` key when there are none (as a design that never had any). */
export function withWaivers(design: Design, waivers: Design['waivers']): Design {
  if (waivers === design.waivers) return design;
  if (waivers && waivers.length > 0) return { ...design, waivers };
  const { waivers: _none, ...rest } = design;
  return rest;
}
