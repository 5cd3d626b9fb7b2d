import { CAC } from '../catalog/cac';
import { defineCacSessionMinimumRule } from './define/cacSessionMinimumRule';

/** Audio session limit of a bandwidth policy profile: at least 40 kbps. */
export const bwCacAudioSessionMin = defineCacSessionMinimumRule(
  'BW-CAC-AUDIO-SESSION-MIN',
  'audio',
  CAC.minAudioSessionKbps.value,
  CAC.minAudioSessionKbps.source,
);
