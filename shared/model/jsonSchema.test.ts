import { describe, expect, it } from 'vitest';
import { designJsonSchema } from './jsonSchema';

describe('the JSON Schema of a .lyncplan file', () => {
  it('is the committed lyncplan.schema.json (run vitest with -u after changing a schema)', async () => {
    await expect(`${JSON.stringify(designJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('./lyncplan.schema.json');
  });
});
