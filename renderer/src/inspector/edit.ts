import { updateEntity } from '../../../shared/commands/updateEntity';
import type { EntityCollection } from '../../../shared/model/design';
import { runCommand } from '../state/documentStore';

/** Sets fields of one entity; returns the reason when the change is refused, for the field to show. */
export function editEntity(
  collection: EntityCollection,
  id: string,
  patch: Record<string, unknown>,
): string | undefined {
  return runCommand((design) => updateEntity(design, { collection, id, patch })).refused;
}
