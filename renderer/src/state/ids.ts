/** A short random id with a readable prefix and 48 random bits (`p-3f9a1c2b7d04`), unique enough within one design. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const newDesignId = (): string => crypto.randomUUID();
