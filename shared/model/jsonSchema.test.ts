import { describe, expect, it } from 'vitest';
import { designJsonSchema } from './jsonSchema';

describe('the JSON Schema of a .lyncplan file', () => {
  it('is the committed lyncplan.schema.json (run vitest with -u after changing a schema)', async () => {
    await expect(`${JSON.stringify(designJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('./lyncplan.schema.json');
  });

  it('describes the optional waivers: rule, subjects and the value waived, with a reason and an author', () => {
    const schema = designJsonSchema() as {
      required: string[];
      properties: Record<string, { items?: { required?: string[]; properties?: Record<string, unknown> } }>;
    };
    expect(schema.required).not.toContain('waivers');
    const waiver = schema.properties.waivers!.items!;
    expect(Object.keys(waiver.properties!)).toEqual([
      'id',
      'rule',
      'subjects',
      'value',
      'reason',
      'author',
      'waivedAt',
    ]);
    expect(waiver.required).toEqual(['id', 'rule', 'subjects', 'reason', 'author', 'waivedAt']);
    expect(waiver.properties!.reason).toMatchObject({ type: 'string', maxLength: 2_000, pattern: '\\S' });
  });
});
