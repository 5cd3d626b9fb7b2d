/// <reference types="vite/types/importMeta.d.ts" />
// shared/ may not import node:fs (build/layers), so the catalog's modules are listed with Vite's import.meta.glob,
// which Vitest expands: listing them by hand would miss the figures of a catalog file added later.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/define/registry';
import { SOURCE_HOSTS, SOURCE_PAGES, sourcePage } from './sourcePages';
import { SOURCES } from './sources';

const catalogModules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });

/** Every `source` (and every entry of a `sources` list) anywhere inside the exported values. */
function citedSources(value: unknown, found = new Set<string>(), seen = new WeakSet<object>()): Set<string> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'source' && typeof child === 'string') found.add(child);
    if (key === 'sources' && Array.isArray(child)) for (const item of child) found.add(String(item));
    citedSources(child, found, seen);
  }
  return found;
}

/** The one source that is not a TechNet page: it has a title and, on purpose, no URL. */
const NOT_TECHNET = SOURCES.igniteRtcShare;

/** The Lync Server 2010 pages: the repository holds only 2013 pages, so these are keyed by their TechNet address. */
const LYNC_2010_PAGES: ReadonlySet<string> = new Set([
  SOURCES.lync2010CapacityUserModels,
  SOURCES.lync2010MultipleGateways,
  SOURCES.lync2010GroupChatCapacity,
]);

/**
 * Pages whose file names start "lync-server-2013-" but whose own front matter titles leave "Lync Server 2013" out.
 * Every other such page's title starts with it, and no other page's does: the migration guide's file names and
 * titles both go without it, and the deck is not a Lync Server page at all.
 */
const PREFIXED_FILES_WITH_UNPREFIXED_TITLES = new Set([
  'Lync/LyncServer/lync-server-2013-configuring-quality-of-service-on-microsoft-lync-phone-edition-devices.md',
  'Lync/LyncServer/lync-server-2013-define-and-configure-a-front-end-pool-or-standard-edition-server.md',
  'Lync/LyncServer/lync-server-2013-dns-summary-single-consolidated-edge-with-private-ip-addresses-using-nat.md',
  'Lync/LyncServer/lync-server-2013-example-of-gathering-your-requirements-for-call-admission-control.md',
  'Lync/LyncServer/lync-server-2013-port-summary-single-consolidated-edge-with-private-ip-addresses-using-nat.md',
]);

/** What each cited source must have: a table entry with a title, and an https URL unless it is the deck. */
function expectPage(source: string) {
  expect(Object.hasOwn(SOURCE_PAGES, source), `no entry for ${source}`).toBe(true);
  const page = SOURCE_PAGES[source]!;
  expect(page.title.trim(), source).not.toBe('');
  if (source === NOT_TECHNET) expect(page.url, source).toBeUndefined();
  else expect(page.url, source).toMatch(/^https:\/\//);
}

describe('the source pages table', () => {
  it('has a page for every source a validator rule cites', () => {
    expect(rules.length).toBeGreaterThan(50);
    for (const rule of rules) expectPage(rule.source);
  });

  it('has a page for every source a catalog figure cites', () => {
    expect(Object.keys(catalogModules)).toEqual(expect.arrayContaining(['./sources.ts', './codecs.ts']));
    const cited = citedSources(Object.values(catalogModules));
    // The walk reaches the figures: sources from several catalog files, the deck among them.
    expect(cited).toContain(SOURCES.mediaBandwidth);
    expect(cited).toContain(SOURCES.collocationEnterprise);
    expect(cited).toContain(NOT_TECHNET);
    for (const page of LYNC_2010_PAGES) expect(cited).toContain(page);
    for (const source of cited) expectPage(source);
  });

  it('has a page for every entry of SOURCES, cited yet or not', () => {
    for (const source of Object.values(SOURCES)) expectPage(source);
  });

  it('keys every TechNet page by its repository path, and a Lync Server 2010 page by its own address', () => {
    for (const [path, { url }] of Object.entries(SOURCE_PAGES)) {
      if (LYNC_2010_PAGES.has(path)) {
        expect(path).toMatch(/^https:\/\/technet\.microsoft\.com\/en-us\/library\/gg\d+\(v=ocs\.14\)\.aspx$/);
        expect(url).toBe(path);
      } else if (path !== NOT_TECHNET) expect(path).toMatch(/^Lync\/LyncServer\/[a-z0-9-]+\.md$/);
    }
  });

  it('gives URLs that parse, are https and are on the hosts SOURCE_HOSTS allows', () => {
    const hosts = new Set<string>();
    for (const [path, { url }] of Object.entries(SOURCE_PAGES)) {
      if (url === undefined) continue;
      const parsed = new URL(url);
      expect(parsed.protocol, path).toBe('https:');
      hosts.add(parsed.hostname);
    }
    expect([...SOURCE_HOSTS].sort()).toEqual([...hosts].sort());
    expect([...SOURCE_HOSTS]).toEqual(['technet.microsoft.com']);
  });

  it('gives titles that start with "Lync Server 2013" where the file name does (but for the pages that do not say so), and "Lync Server 2010: " on the 2010 pages', () => {
    for (const [path, { title }] of Object.entries(SOURCE_PAGES)) {
      if (LYNC_2010_PAGES.has(path)) {
        expect(title, path).toMatch(/^Lync Server 2010: /);
        continue;
      }
      const prefixedFile = path.startsWith('Lync/LyncServer/lync-server-2013-');
      const expected = prefixedFile && !PREFIXED_FILES_WITH_UNPREFIXED_TITLES.has(path);
      expect(title.startsWith('Lync Server 2013'), `${path}: ${title}`).toBe(expected);
    }
  });
});

describe('sourcePage', () => {
  it('returns the entry and the path for a known source', () => {
    expect(sourcePage(SOURCES.dnsLoadBalancing)).toEqual({
      title: 'Lync Server 2013: DNS load balancing',
      url: 'https://technet.microsoft.com/en-us/library/Gg398634(v=OCS.15)',
      path: SOURCES.dnsLoadBalancing,
    });
    expect(sourcePage(NOT_TECHNET)).toEqual({ title: SOURCE_PAGES[NOT_TECHNET]!.title, path: NOT_TECHNET });
  });

  it('derives a title, and no URL, for a source the table does not know', () => {
    expect(sourcePage('Lync/LyncServer/lync-server-2013-port-summary-autodiscover.md')).toEqual({
      title: 'Lync Server 2013: Port summary autodiscover',
      path: 'Lync/LyncServer/lync-server-2013-port-summary-autodiscover.md',
    });
    expect(sourcePage('Lync/LyncServer/before-you-begin-the-migration.md').title).toBe(
      'Before you begin the migration',
    );
    expect(sourcePage('A vendor white paper').title).toBe('A vendor white paper');
  });

  it('never throws, and finds nothing on Object.prototype', () => {
    for (const source of ['', '.md', '/', 'constructor', '__proto__', 'toString', 'Lync/LyncServer/']) {
      const page = sourcePage(source);
      expect(page.path).toBe(source);
      expect(typeof page.title).toBe('string');
      expect(page.url).toBeUndefined();
    }
  });
});
