import { z } from 'zod';
import { designSchema } from './design';

/**
 * The JSON Schema of a `.lyncplan` file, generated from the zod schemas (they are the one source of truth). It says
 * what each field holds; what it cannot say (ids unique in the file, references that name an entity of the right
 * kind, waivers about entities that exist) the app checks on reading. The generated text is kept beside this file as
 * `lyncplan.schema.json` (its test fails when it is out of date; `vitest -u` rewrites it) and ships with the app.
 */
export function designJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(designSchema, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'lyncplan design',
    description: 'A Lync Server 2013 deployment plan, as lyncplan writes it (format.md).',
    ...rest,
  };
}
