import { HostCallError } from '../contract/contractClient';
import { ask } from '../state/uiStore';

/** Tells the user what failed and, for a broken file, each problem with its place; nothing else changes. */
export async function showError(title: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const issues = error instanceof HostCallError ? (error.error.issues ?? []) : [];
  const list = issues.length > 1 ? issues.map((issue) => `${issue.path}: ${issue.message}`) : undefined;
  await ask({ title, message, ...(list ? { list } : {}), buttons: [{ id: 'ok', label: 'OK', kind: 'primary' }] });
}
