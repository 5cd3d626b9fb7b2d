import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { parseDesign } from './parseDesign';
import { serializeDesign } from './serializeDesign';

function sampleText(): string {
  const b = new DesignBuilder('Contoso');
  const central = b.site('Dallas');
  const branch = b.site('Austin', 'branch', central);
  const pool = b.frontEnd(central, 3);
  b.users(branch, pool, 250);
  b.link(branch, central, 1_024);
  return serializeDesign(b.design);
}

/** Replaces one part of a valid file, to test the message for exactly that mistake. */
function mutate(edit: (document: any) => void): string {
  const document = JSON.parse(sampleText());
  edit(document);
  return JSON.stringify(document, null, 2);
}

function errorOf(text: string) {
  const result = parseDesign(text);
  if (result.ok) throw new Error('expected the text to be refused');
  return result.error;
}

describe('parseDesign: what a user sees when a file is wrong', () => {
  it('names the line and column of a JSON syntax error', () => {
    const text = sampleText().replace('"name": "Dallas"', '"name": "Dallas",,');
    const error = errorOf(text);
    const line = text.split('\n').findIndex((l) => l.includes('"Dallas",,')) + 1;
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^The file is not valid JSON at line ${line}, column \\d+`));
  });

  it('says so for an empty or truncated file', () => {
    expect(errorOf('').message).toMatch(/not valid JSON/);
    expect(errorOf(sampleText().slice(0, 200)).message).toMatch(/not valid JSON at line \d+/);
  });

  it('names a Topology Builder file, a published topology and other XML for what they are', () => {
    const tbxml =
      '\ufeff<?xml version="1.0" encoding="utf-8"?>\r\n<TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008"><NewTopology /></TopologyBuilder>';
    expect(errorOf(tbxml).message).toBe(
      'This is a Topology Builder file (.tbxml), not a lyncplan design. Importing Topology Builder topologies is on its way; until then, draw the topology in lyncplan or open a .lyncplan file.',
    );
    expect(
      errorOf(
        '<?xml version="1.0"?>\n<!-- exported -->\n<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008" />',
      ).message,
    ).toMatch(/^This is a published Lync topology \(the XML of Get-CsTopology -AsXml\)/);
    expect(errorOf('<svg xmlns="http://www.w3.org/2000/svg"/>').message).toBe(
      'This is an XML file (its root element is <svg>), not a lyncplan design: a .lyncplan file is JSON.',
    );
  });

  it('refuses JSON that is not an object', () => {
    expect(errorOf('[1, 2]').message).toBe('The file is not a lyncplan design: it holds an array, not a JSON object.');
    expect(errorOf('null').message).toContain('holds null');
  });

  it('refuses a file of another format', () => {
    expect(errorOf(mutate((d) => (d.format = 'drawio'))).message).toBe(
      'The file is not a lyncplan design: its "format" field is "drawio" (expected "lyncplan").',
    );
  });

  it('refuses a newer format version with a clear message, never half-reading it', () => {
    expect(errorOf(mutate((d) => (d.formatVersion = 3))).message).toBe(
      'This design was saved in format version 3 by a newer lyncplan; this version reads format version 2. Update lyncplan to open it.',
    );
  });

  it('names the JSON path and the entity id of a schema violation', () => {
    const error = errorOf(mutate((d) => (d.userGroups[0].count = -5)));
    expect(error.message).toBe('The design is invalid at userGroups[0] (id "g-7").count: count cannot be negative.');
    expect(error.issues).toEqual([{ path: 'userGroups[0] (id "g-7").count', message: 'count cannot be negative' }]);
  });

  it('names a bad page setup in layout.page, and reads a good one back', () => {
    const paper = errorOf(
      mutate(
        (d) =>
          (d.layout = { page: { paper: 'A5', orientation: 'landscape', marginMm: 10, scaling: { mode: 'fitToOne' } } }),
      ),
    );
    expect(paper.message).toBe(
      'The design is invalid at layout.page.paper: paper is A4, A3, Letter, Legal or Tabloid.',
    );
    const scale = errorOf(
      mutate(
        (d) =>
          (d.layout = {
            page: { paper: 'A4', orientation: 'landscape', marginMm: 10, scaling: { mode: 'fixed', percent: 0 } },
          }),
      ),
    );
    expect(scale.issues[0]!.path).toBe('layout.page.scaling.percent');
    const good = parseDesign(
      mutate(
        (d) =>
          (d.layout = {
            page: {
              paper: 'Tabloid',
              orientation: 'portrait',
              marginMm: 0,
              scaling: { mode: 'fitToPages', columns: 3, rows: 2 },
            },
          }),
      ),
    );
    expect(good.ok && good.design.layout?.page?.scaling).toEqual({ mode: 'fitToPages', columns: 3, rows: 2 });
  });

  it('names an unknown role and lists the valid ones', () => {
    const error = errorOf(mutate((d) => (d.pools[0].role = 'videoInterop')));
    expect(error.message).toContain('pools[0] (id "p-3").role');
    expect(error.message).toContain('role must be one of: frontEnd, backEnd, edge');
  });

  it('refuses a duplicate id and says where it was first used', () => {
    const error = errorOf(mutate((d) => (d.pools[0].id = d.sites[0].id)));
    expect(error.message).toBe(
      'The design is invalid at pools[0] (id "s-1").id: duplicate id "s-1" (already used by sites[0]) (and 4 more problems).',
    );
  });

  it('refuses a dangling reference', () => {
    const error = errorOf(mutate((d) => (d.userGroups[0].homePoolId = 'p-404')));
    expect(error.message).toBe(
      'The design is invalid at userGroups[0] (id "g-7").homePoolId: no pool has the id "p-404".',
    );
  });

  it('refuses a reference to the wrong kind of entity', () => {
    const error = errorOf(mutate((d) => (d.links[0].siteA = d.pools[0].id)));
    expect(error.issues[0]).toEqual({
      path: 'links[0] (id "l-8").siteA',
      message: '"p-3" is not a site (it is one of the pools)',
    });
  });

  it('refuses a link capacity of 0 and a link from a site to itself', () => {
    expect(errorOf(mutate((d) => (d.links[0].capacityKbps = 0))).message).toContain(
      'a link capacity must be above 0 kbps',
    );
    expect(errorOf(mutate((d) => (d.links[0].siteB = d.links[0].siteA))).message).toContain(
      'a link joins two different sites',
    );
  });

  it('drops a hostile "__proto__" layout key instead of letting it reach an object prototype', () => {
    const text = mutate(
      (d) => (d.layout = { nodes: JSON.parse('{"__proto__": {"x": 1, "y": 2}, "s-1": {"x": 3, "y": 4}}') }),
    );
    expect(text).toContain('"__proto__"');
    const result = parseDesign(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(result.design.layout!.nodes!)).toEqual(['s-1']);
    expect(Object.getPrototypeOf(result.design.layout!.nodes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses an id that could not be a layout key', () => {
    const error = errorOf(mutate((d) => (d.sites[0].id = '__proto__')));
    expect(error.issues[0]!.path).toBe('sites[0] (id "__proto__").id');
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseDesign(`\uFEFF${sampleText()}`).ok).toBe(true);
  });
});

describe('parseDesign: hostile input', () => {
  it('refuses absurdly deep nesting with a message, not a crash', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const result = parseDesign(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^The file (is not valid JSON|is not a lyncplan design)/);
  });

  it('refuses wrong types everywhere without throwing', () => {
    for (const text of [
      '{"format":"lyncplan","formatVersion":1,"meta":null,"sites":{},"pools":7}',
      '{"format":"lyncplan","formatVersion":"1"}',
      '{"format":"lyncplan","formatVersion":1.5}',
      '"lyncplan"',
      '1e400',
    ]) {
      const result = parseDesign(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('lists at most 20 problems of a file with thousands', () => {
    const document = JSON.parse(sampleText());
    document.userGroups = Array.from({ length: 5000 }, (_, i) => ({
      id: `g-${i}`,
      siteId: 's-404',
      homePoolId: 'p-404',
      count: -1,
    }));
    const error = errorOf(JSON.stringify(document));
    expect(error.issues).toHaveLength(20);
    expect(error.message).toMatch(/\(and \d{4,} more problems\)\.$/);
  });
});
