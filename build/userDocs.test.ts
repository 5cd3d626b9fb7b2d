import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFormats } from '../electron/node/cli/reportCommand';
import { commandOptions, helpArguments, runCli, USAGE } from '../electron/node/cli/runCli';
import { tempDir } from '../electron/node/testing/tempDir';
import { CURRENT_FORMAT_VERSION } from '../shared/model/design';
import { actionOps } from '../shared/model/migration';

/**
 * The two documents the app shows under Help (docs/file-format.md, docs/command-line.md) kept true as the code
 * changes: every field the format's JSON Schema has, every option the CLI accepts and every key its JSON output
 * writes must be named in them, what they list must still exist, and their worked examples must still be what the
 * command line prints.
 */

const root = join(__dirname, '..');
const formatDoc = readFileSync(join(root, 'docs', 'file-format.md'), 'utf8');
const cliDoc = readFileSync(join(root, 'docs', 'command-line.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(root, 'shared', 'model', 'lyncplan.schema.json'), 'utf8')) as unknown;

const PLAN_SAMPLE = 'samples/fabrikam-2010-migration.lyncplan';
const MISTAKES_SAMPLE = 'samples/fabrikam-2010-migration-mistakes.lyncplan';
const WAIVED_FIXTURE = 'shared/format/fixtures/v1/waived.lyncplan';
const LINKS_FIXTURE = 'shared/format/fixtures/v1/medium.lyncplan';

const withoutFences = (markdown: string) => markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');

/** The inline code spans of a document's prose (fenced blocks left out), as written between the backticks. */
function inlineCode(markdown: string): Set<string> {
  return new Set([...withoutFences(markdown).matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!));
}

/** The text under a heading, up to the next heading of the same level or above. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = heading.match(/^#+/)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The code spans of the first column of the first table in a piece of Markdown, row by row (header left out). */
function firstColumn(markdown: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  if (start < 0) return [];
  let end = start;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  return lines
    .slice(start + 2, end)
    .map((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

/** Where a JSON Schema holds more schemas: the ones this walk goes through. */
const SUBSCHEMA_KEYS = ['$defs', 'items', 'prefixItems', 'anyOf', 'oneOf', 'allOf', 'additionalProperties'] as const;

/** Every property name of every object schema, and every enum and const value, through $defs, anyOf and items. */
function schemaNames(node: unknown, found = { properties: new Set<string>(), values: new Set<string>() }) {
  if (Array.isArray(node)) {
    for (const item of node) schemaNames(item, found);
  } else if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    if (object.properties && typeof object.properties === 'object') {
      for (const [name, property] of Object.entries(object.properties)) {
        found.properties.add(name);
        schemaNames(property, found);
      }
    }
    if ('const' in object) found.values.add(String(object.const));
    if (Array.isArray(object.enum)) for (const value of object.enum) found.values.add(String(value));
    for (const key of SUBSCHEMA_KEYS) {
      const child = object[key];
      if (child !== undefined) schemaNames(key === '$defs' ? Object.values(child as object) : child, found);
    }
  }
  return found;
}

/** The field names of a JSON output at every depth; the keys of an object keyed by id (figures.pools...) are not. */
function fieldNames(value: unknown, names = new Set<string>(), keyedById = false): Set<string> {
  if (Array.isArray(value)) for (const item of value) fieldNames(item, names);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (!keyedById) names.add(key);
      const byId = !keyedById && ['pools', 'links', 'figuresByStep'].includes(key) && !Array.isArray(child);
      fieldNames(child, names, byId);
    }
  }
  return names;
}

/** `lyncplan ARGS` run in-process: its exit status and what it wrote, both streams in the order written. */
async function lyncplan(...args: string[]): Promise<{ status: number; lines: string[]; stdout: string }> {
  const lines: string[] = [];
  let stdout = '';
  const status = await runCli(args, {
    stdout: (text) => {
      stdout += `${text}\n`;
      lines.push(...text.split(/\r?\n/));
    },
    stderr: (text) => {
      lines.push(...text.split(/\r?\n/));
    },
  });
  return { status, lines, stdout };
}

const json = async (...args: string[]) => JSON.parse((await lyncplan(...args)).stdout) as Record<string, unknown>;

// The CLI reads the samples by the relative paths the documents show; a waiver that no longer matches needs a file.
const previousDirectory = process.cwd();
const temp = tempDir('lyncplan-docs-');
const STALE_FIXTURE = join(temp.path, 'stale.lyncplan');
const CAC_FIXTURE = join(temp.path, 'cac.lyncplan');
beforeAll(() => {
  process.chdir(root);
  const design = JSON.parse(readFileSync(join(root, WAIVED_FIXTURE), 'utf8'));
  design.waivers[0].value -= 1; // 13 servers were waived at 12: the finding returns and the waiver is stale.
  writeFileSync(STALE_FIXTURE, JSON.stringify(design));
  // A link with a bandwidth policy profile, whose figures say how many sessions it admits.
  const withLinks = JSON.parse(readFileSync(join(root, LINKS_FIXTURE), 'utf8'));
  withLinks.links[0].cac = {
    audioLimitKbps: 2000,
    audioSessionLimitKbps: 100,
    videoLimitKbps: 4000,
    videoSessionLimitKbps: 700,
  };
  writeFileSync(CAC_FIXTURE, JSON.stringify(withLinks));
});
afterAll(() => {
  process.chdir(previousDirectory);
  temp.remove();
});

describe('docs/file-format.md', () => {
  const code = inlineCode(formatDoc);
  const { properties, values } = schemaNames(schema);

  it('walks a schema with fields (so the checks below check something)', () => {
    expect(properties.size).toBeGreaterThan(100);
    expect([...properties]).toEqual(expect.arrayContaining(['formatVersion', 'homePoolId', 'waivedAt', 'groupIds']));
  });

  it('names every field of the JSON Schema as inline code', () => {
    expect([...properties].filter((name) => !code.has(name))).toEqual([]);
  });

  it('names every allowed value of the JSON Schema (roles, kinds, codecs, actions...) as inline code', () => {
    expect([...values].filter((value) => !code.has(value) && !code.has(`"${value}"`))).toEqual([]);
  });

  it('has a row for every action of a migration step, and none that the format lacks', () => {
    const rows = firstColumn(section(formatDoc, '### Actions')).map((cells) => cells[0]);
    expect(rows).toEqual([...actionOps]);
  });

  it('states the current format version, and no other as the newest', () => {
    expect(formatDoc.match(/The current format version is `(\d+)`\./)?.[1]).toBe(String(CURRENT_FORMAT_VERSION));
    const newest = [...formatDoc.matchAll(/(?:above|newer than) `(\d+)`/g)].map((match) => Number(match[1]));
    expect(newest.length).toBeGreaterThan(0);
    expect(newest.every((version) => version === CURRENT_FORMAT_VERSION)).toBe(true);
  });
});

describe('docs/command-line.md', () => {
  const code = inlineCode(cliDoc);
  const argumentRows = firstColumn(section(cliDoc, '## Running it'));
  const documents = (word: string) =>
    argumentRows.some((cells) => cells.some((c) => c === word || c.startsWith(`${word} `)));

  it('gives every synopsis line of the usage', () => {
    const synopses = [...USAGE.matchAll(/^\s*(lyncplan \w+ FILE \S.*?)(?:\s{2,}|$)/gm)].map((match) => match[1]!);
    expect(synopses).toHaveLength(Object.keys(commandOptions).length);
    for (const synopsis of synopses) expect(cliDoc).toContain(synopsis);
  });

  it('has a row for every command, option, report format and help word the CLI accepts', () => {
    const accepted = [
      ...Object.keys(commandOptions),
      ...Object.values(commandOptions).flat(),
      ...reportFormats.map((format) => `--format ${format}`),
      ...helpArguments,
    ];
    expect(accepted.filter((word) => !documents(word))).toEqual([]);
  });

  it('names no option the CLI does not accept', () => {
    const options = new Set<string>(Object.values(commandOptions).flat());
    const named = [...code].flatMap((span) => [...span.matchAll(/(^|\s)(--[a-z-]+)/g)].map((match) => match[2]!));
    expect(named.filter((option) => !options.has(option) && option !== '--help')).toEqual([]);
  });

  it('describes exit statuses 0, 1, 2 and 3, which the CLI gives', async () => {
    expect(firstColumn(section(cliDoc, '## Exit status')).map((cells) => cells[0])).toEqual(['0', '1', '2', '3']);
    expect((await lyncplan('check', PLAN_SAMPLE)).status).toBe(0);
    expect((await lyncplan('check', MISTAKES_SAMPLE)).status).toBe(1);
    expect((await lyncplan('check', 'samples/no-such-design.lyncplan')).status).toBe(2);
    expect((await lyncplan('check', PLAN_SAMPLE, '--yaml')).status).toBe(2);
  });

  it("lists exactly the top-level keys of check --json's output, and names every field in it", async () => {
    const outputs = await Promise.all([
      json('check', PLAN_SAMPLE, '--json'),
      json('check', MISTAKES_SAMPLE, '--json', '--step', 'dal-8-decommission'),
      json('check', WAIVED_FIXTURE, '--json'),
      json('check', STALE_FIXTURE, '--json'),
      json('check', CAC_FIXTURE, '--json'),
    ]);
    const topLevel = new Set(outputs.flatMap((output) => Object.keys(output)));
    expect(topLevel).toEqual(new Set(['findings', 'figures', 'figuresByStep', 'waived', 'staleWaivers']));
    const rows = firstColumn(section(cliDoc, '## `lyncplan check --json`')).map((cells) => cells[0]);
    expect(new Set(rows)).toEqual(topLevel);
    const fields = outputs.reduce((names, output) => fieldNames(output, names), new Set<string>());
    expect(fields).toContain('now');
    expect(fields).toContain('audioSessionsAdmitted');
    expect([...fields].filter((name) => !code.has(name))).toEqual([]);
  });

  it("lists exactly the top-level keys of report --format json's output, and names every field in it", async () => {
    const outputs = await Promise.all([
      json('report', PLAN_SAMPLE, '--format', 'json'),
      json('report', STALE_FIXTURE, '--format', 'json'),
      json('report', CAC_FIXTURE, '--format', 'json'),
    ]);
    const topLevel = new Set(outputs.flatMap((output) => Object.keys(output)));
    const rows = firstColumn(section(cliDoc, '## `lyncplan report`')).map((cells) => cells[0]);
    expect(new Set(rows)).toEqual(topLevel);
    const fields = outputs.reduce((names, output) => fieldNames(output, names), new Set<string>());
    expect(fields).toContain('runbook');
    expect([...fields].filter((name) => !code.has(name))).toEqual([]);
  });

  /** A shown line is the real line, or its start when it ends in "…"; a line of "…" stands for lines left out. */
  const shows = (shown: string, real: string) =>
    shown.endsWith('…') && shown !== '…' ? real.startsWith(shown.slice(0, -1)) : real === shown;

  const examples = [...cliDoc.matchAll(/^```console\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1]!.replace(/\n$/, '').split('\n'))
    .filter((lines) => / samples\//.test(lines[0]!));

  it('has worked examples on the samples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((lines) => [lines[0]!, lines] as const))(
    'its example "%s" is what the CLI prints',
    async (_, lines) => {
      const [command, ...rest] = lines;
      expect(command).toMatch(/^\$ npx lyncplan /);
      const run = await lyncplan(...command!.replace(/^\$ npx lyncplan /, '').split(/\s+/));
      const statusAt = rest.indexOf('$ echo $?');
      const shown = statusAt < 0 ? rest : rest.slice(0, statusAt);
      if (statusAt >= 0) expect(String(run.status)).toBe(rest[statusAt + 1]);
      let next = 0;
      let gap = false;
      for (const line of shown) {
        if (line === '…') {
          gap = true;
          continue;
        }
        const at = run.lines.findIndex((real, i) => i >= next && shows(line, real));
        expect(at, `"${line}" follows line ${next} of the output`).toBeGreaterThanOrEqual(next);
        if (!gap) expect(at, `"${line}" is line ${next} of the output`).toBe(next);
        next = at + 1;
        gap = false;
      }
      if (!gap) expect(next, 'the example shows the output to its end').toBe(run.lines.length);
    },
  );
});
