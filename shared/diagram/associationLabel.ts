import { associationLabels } from '../commands/associationKinds';
import { textWidth } from '../geometry/textWidth';
import type { AssociationKind } from '../model/association';

/** How an association's label is drawn, on the canvas (app.css's .association-label) and in print alike. */
export const ASSOCIATION_LABEL = { fontSize: 10.5, paddingX: 5, border: 1, height: 16 } as const;

/** The box of an association's label: its whole text, the padding and the border; labels are never cut short. */
export function associationLabelSize(kind: AssociationKind): { width: number; height: number } {
  const { fontSize, paddingX, border, height } = ASSOCIATION_LABEL;
  return { width: Math.ceil(textWidth(associationLabels[kind], fontSize) + 2 * (paddingX + border)), height };
}
