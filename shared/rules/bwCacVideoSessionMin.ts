import { CAC } from '../catalog/cac';
import { defineCacSessionMinimumRule } from './define/cacSessionMinimumRule';

/** Video session limit of a bandwidth policy profile: at least 100 kbps. */
export const bwCacVideoSessionMin = defineCacSessionMinimumRule(
  'BW-CAC-VIDEO-SESSION-MIN',
  'video',
  CAC.minVideoSessionKbps.value,
  CAC.minVideoSessionKbps.source,
);
