import { gridLayout } from '../geometry/gridLayout';
import type { Design } from '../model/design';
import type { NodeLayout } from '../model/layout';

/**
 * A sample's layout: its pools (the 2010 ones first, then the 2013 ones, as the file lists them) and groups four to a
 * row in each site, two sites to a row. Every entity of the file has a place, so the sample opens on the canvas as
 * drawn, whichever state is shown.
 */
export function sampleLayout(design: Design): Record<string, NodeLayout> {
  return gridLayout(design, { boxesPerRow: 4, sitesPerRow: 2 });
}
