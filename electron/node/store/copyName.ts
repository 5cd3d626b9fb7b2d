/** meta.name's limit in shared/model/meta.ts: a copy's name must still fit it. */
const MAX_NAME_LENGTH = 200;

/**
 * The name of a copy: `Contoso (copy)`, then `Contoso (copy 2)`, `(copy 3)`… while the name is taken, so two copies
 * of one design can be told apart in the library. A long name is shortened to leave room for the suffix.
 */
export function copyNameFor(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${[...name].slice(0, MAX_NAME_LENGTH - suffix.length).join('')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
