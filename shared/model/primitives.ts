import { z } from 'zod';

/**
 * Identifiers are unique across the whole file (format.md). The character set is deliberately narrow:
 * ids become object keys in `layout.nodes`, so a hostile file must not be able to name `__proto__`.
 */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, {
  message: 'an id is 1 to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
});

/**
 * A field that names another entity. Not pattern-checked: the design's reference check requires it to be the
 * id of an existing entity of the right kind, which is stricter, and skipping the regex here keeps opening a
 * 10,000-server design fast.
 */
export const referenceSchema = z.string({ message: 'expected the id of another entity' });

/**
 * An FQDN as it may appear in a file. The file format accepts any non-empty host name so that a design
 * with a bad name can still be opened and fixed; the editor applies the strict Topology Builder charset
 * (see `fields.ts`) before a value reaches the document.
 */
export const looseFqdnSchema = z.string().min(1, { message: 'an FQDN cannot be empty' }).max(255);

export const percentSchema = z
  .number()
  .min(0, { message: 'a percentage cannot be negative' })
  .max(100, { message: 'a percentage cannot exceed 100' });

export const productVersionSchema = z.union([z.literal(2013), z.literal(2010)]);
export type ProductVersion = z.infer<typeof productVersionSchema>;
