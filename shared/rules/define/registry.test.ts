/// <reference types="vite/types/importMeta.d.ts" />
// The core may not import node:fs (build/layers), so the folder is listed with Vite's import.meta.glob, which
// vitest compiles: the rule modules themselves, their source text, and the names of the test files.
import { describe, expect, it } from 'vitest';
import { migrationRules } from './migrationRegistry';
import { rules } from './registry';
import type { Rule } from './rule';

/** `CAP-FE-MAX-SERVERS` is `capFeMaxServers`: the name of a rule's file and of the one thing it exports. */
const camelCaseOf = (id: string) => id.toLowerCase().replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase());

interface RulesFolder {
  rules: ReadonlyArray<Pick<Rule, 'id'>>;
  /** The `.ts` files (tests aside) flat in shared/rules/, by name without the extension, and what each exports. */
  modules: Record<string, Record<string, unknown>>;
  /** Their source text, by the same names. */
  sources: Record<string, string>;
  /** The test files flat in shared/rules/, by name without `.test.ts`. */
  tests: readonly string[];
}

/** Every way the folder strays from one file per rule id, each said as a sentence. */
function layoutProblems({ rules, modules, sources, tests }: RulesFolder): string[] {
  const problems: string[] = [];
  const ids = rules.map((rule) => rule.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`${id} is registered twice`);
  const expected = new Set(rules.map((rule) => camelCaseOf(rule.id)));
  for (const rule of rules) {
    const name = camelCaseOf(rule.id);
    const exports = modules[name];
    if (!exports) problems.push(`${rule.id} has no file shared/rules/${name}.ts`);
    else if (exports[name] !== rule) problems.push(`${name}.ts does not export ${rule.id} as ${name}`);
    if (!tests.includes(name)) problems.push(`${rule.id} has no test beside it (${name}.test.ts)`);
  }
  for (const [name, exports] of Object.entries(modules)) {
    if (!expected.has(name)) problems.push(`${name}.ts is not the file of a registered rule`);
    const others = Object.keys(exports).filter((exported) => exported !== name);
    if (others.length > 0) problems.push(`${name}.ts exports ${others.join(', ')} besides its rule`);
    const definitions = sources[name]?.match(/\bdefine\w*Rule\(/g)?.length ?? 0;
    if (definitions !== 1) problems.push(`${name}.ts defines ${definitions} rules; a rule file defines one`);
  }
  for (const name of tests) if (!modules[name]) problems.push(`${name}.test.ts is not beside a rule file`);
  return problems;
}

const byName = <T>(files: Record<string, T>, suffix: string) =>
  Object.fromEntries(Object.entries(files).map(([path, value]) => [path.slice(3, -suffix.length), value]));

const folder: RulesFolder = {
  rules: [...rules, ...migrationRules],
  modules: byName(import.meta.glob<Record<string, unknown>>(['../*.ts', '!../*.test.ts'], { eager: true }), '.ts'),
  sources: byName(
    import.meta.glob<string>(['../*.ts', '!../*.test.ts'], { eager: true, query: '?raw', import: 'default' }),
    '.ts',
  ),
  tests: Object.keys(byName(import.meta.glob('../*.test.ts'), '.test.ts')),
};

describe('shared/rules/: one file per rule id', () => {
  it('every registered rule is the one export of shared/rules/<camelCaseOfId>.ts, with its test beside it', () => {
    expect(layoutProblems(folder)).toEqual([]);
  });

  it('names files after ids, digits and all', () => {
    expect(camelCaseOf('TB-FILESTORE-NOT-ON-FE')).toBe('tbFilestoreNotOnFe');
    expect(camelCaseOf('CAP-FE-USERS-N-1')).toBe('capFeUsersN1');
    expect(camelCaseOf('TOPO-EDGE-2-NICS')).toBe('topoEdge2Nics');
  });

  const [first, second] = rules as [Rule, Rule];
  const one = camelCaseOf(first.id);

  it('catches two rules in one file', () => {
    const problems = layoutProblems({
      rules: [first, second],
      modules: { [one]: { [one]: first, other: second } },
      sources: { [one]: 'defineDesignRule({}); definePoolRule({});' },
      tests: [one],
    });
    expect(problems).toEqual([
      `${second.id} has no file shared/rules/${camelCaseOf(second.id)}.ts`,
      `${second.id} has no test beside it (${camelCaseOf(second.id)}.test.ts)`,
      `${one}.ts exports other besides its rule`,
      `${one}.ts defines 2 rules; a rule file defines one`,
    ]);
  });

  it('catches a helper among the rules, a grouped test, a rule without its test and an id registered twice', () => {
    const problems = layoutProblems({
      rules: [first, first],
      modules: { [one]: { [one]: first }, collocation: { computers: () => [] } },
      sources: { [one]: 'definePoolRule({})', collocation: '' },
      tests: ['topoSites'],
    });
    expect(problems).toEqual([
      `${first.id} is registered twice`,
      `${first.id} has no test beside it (${one}.test.ts)`,
      `${first.id} has no test beside it (${one}.test.ts)`,
      'collocation.ts is not the file of a registered rule',
      'collocation.ts exports computers besides its rule',
      'collocation.ts defines 0 rules; a rule file defines one',
      'topoSites.test.ts is not beside a rule file',
    ]);
  });
});
