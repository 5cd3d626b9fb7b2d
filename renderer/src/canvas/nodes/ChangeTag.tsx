import type { ChangeMark } from '../../../../shared/diagram/stepGhosts';

/** What each mark says, in the tag and to a screen reader (the tag's title says it in full). */
export const CHANGE_WORDS: Record<ChangeMark, { tag: string; title: string }> = {
  added: { tag: 'added', title: 'Added in this step' },
  changed: { tag: 'changed', title: 'Changed in this step' },
  removed: { tag: 'removed', title: 'Removed in this step: shown as it was before it' },
};

/** The word on a box the shown step adds, changes or removes: the highlight ring says it in colour, this in words. */
export function ChangeTag({ mark }: { mark: ChangeMark | undefined }) {
  if (!mark) return null;
  const words = CHANGE_WORDS[mark];
  return (
    <span className={`change-tag change-${mark}`} title={words.title} data-testid="change-tag" data-mark={mark}>
      {words.tag}
    </span>
  );
}

/** The node's classes for its mark: the ring of an added or changed box, the faded look of a ghost. */
export const markClass = (mark: ChangeMark | undefined): string =>
  mark === 'removed' ? ' is-ghost' : mark ? ` is-${mark}` : '';
