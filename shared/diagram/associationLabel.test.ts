import { describe, expect, it } from 'vitest';
import { associationLabels } from '../commands/associationKinds';
import type { AssociationKind } from '../model/association';
import { ASSOCIATION_LABEL, associationLabelSize } from './associationLabel';

/**
 * Each label's text at 10.5 px, measured with canvas measureText in Chromium 156 on Debian, in the fonts the app's
 * font stack comes down to there: DejaVu Sans (system-ui, sans-serif) and Liberation Sans (Arial).
 */
const MEASURED: Record<string, { dejaVu: number; liberation: number }> = {
  'Back End': { dejaVu: 48.78, liberation: 44.94 },
  Monitoring: { dejaVu: 56.15, liberation: 49.02 },
  Archiving: { dejaVu: 49.06, liberation: 43.18 },
  'File store': { dejaVu: 47.47, liberation: 43.18 },
  'Office Web Apps': { dejaVu: 86.2, liberation: 78.4 },
  'Edge (media)': { dejaVu: 70.66, liberation: 63.03 },
  'Next hop': { dejaVu: 47.54, liberation: 42.03 },
  'PSTN gateway': { dejaVu: 75.51, liberation: 70.03 },
  'Backup pool': { dejaVu: 64.26, liberation: 57.79 },
  'Backup registrar': { dejaVu: 86.61, liberation: 76.45 },
  'Chat store': { dejaVu: 54.43, liberation: 48.44 },
};

describe('associationLabelSize', () => {
  it('holds every label whole, with its padding, in the widest font it may be drawn in, and not much more', () => {
    const inset = 2 * (ASSOCIATION_LABEL.paddingX + ASSOCIATION_LABEL.border);
    for (const [kind, text] of Object.entries(associationLabels) as Array<[AssociationKind, string]>) {
      const measured = MEASURED[text]!;
      const { width, height } = associationLabelSize(kind);
      expect(width - inset, text).toBeGreaterThanOrEqual(Math.max(measured.dejaVu, measured.liberation));
      expect(width - inset, text).toBeLessThan(measured.dejaVu + 3);
      expect(height).toBe(16);
    }
  });
});
