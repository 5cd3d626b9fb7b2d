import fc from 'fast-check';
import { associationKinds } from '../model/association';
import type { Design } from '../model/design';
import type { Pool } from '../model/pool';
import { audioCodecs, videoResolutions } from '../model/settings';

const name = fc.string({ minLength: 1, maxLength: 12 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const percent = fc.integer({ min: 0, max: 100 });
const fqdn = fc.constantFrom('pool01.contoso.com', 'fe02.contoso.com', 'edge.fabrikam.net', 'sql_01.contoso.com');
const iso = fc.integer({ min: 0, max: 4_000_000_000_000 }).map((ms) => new Date(ms).toISOString());

/** Removes keys whose value is undefined, as a parsed file never has them. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const poolRoleFields = fc.oneof(
  fc.record({
    role: fc.constant('frontEnd' as const),
    edition: fc.constantFrom('enterprise' as const, 'standard' as const),
    hostsCms: maybe(fc.boolean()),
    maxMeetingSize: maybe(fc.integer({ min: 0, max: 1000 })),
  }),
  fc.record({
    role: fc.constant('backEnd' as const),
    ha: fc.constantFrom('none' as const, 'mirroring' as const, 'clustering' as const, 'asyncMirroring' as const),
  }),
  fc.record({
    role: fc.constant('edge' as const),
    federation: maybe(fc.boolean()),
    loadBalancing: maybe(
      fc.record({
        internal: fc.constantFrom('dns' as const, 'hardware' as const),
        external: fc.constantFrom('dns' as const, 'hardware' as const),
      }),
    ),
  }),
  fc.record({ role: fc.constant('pstnGateway' as const), mediaBypass: maybe(fc.boolean()) }),
  fc.record({
    role: fc.constantFrom('director' as const, 'sba' as const, 'fileStore' as const, 'officeWebApps' as const),
  }),
);

/** Arbitrary valid designs: every reference names an existing entity of the right kind. */
export function designArbitrary(): fc.Arbitrary<Design> {
  return fc
    .record({
      siteCount: fc.integer({ min: 1, max: 5 }),
      pools: fc.array(
        fc.record({
          site: fc.nat(),
          fqdn,
          version: maybe(fc.constantFrom(2013 as const, 2010 as const)),
          fields: poolRoleFields,
        }),
        { maxLength: 6 },
      ),
      servers: fc.array(
        fc.record({
          pool: fc.nat(),
          fqdn,
          running: maybe(fc.boolean()),
          cores: maybe(fc.integer({ min: 1, max: 64 })),
        }),
        { maxLength: 10 },
      ),
      groups: fc.array(
        fc.record({
          site: fc.nat(),
          pool: fc.nat(),
          count: fc.integer({ min: 0, max: 100_000 }),
          name: maybe(name),
          remotePercent: maybe(percent),
          conference: maybe(percent),
        }),
        { maxLength: 5 },
      ),
      links: fc.array(
        fc.record({
          a: fc.nat(),
          b: fc.nat(),
          capacity: fc.integer({ min: 1, max: 1_000_000 }),
          latency: maybe(fc.integer({ min: 0, max: 400 })),
          cac: maybe(
            fc.record({
              audioLimitKbps: fc.nat(10_000),
              audioSessionLimitKbps: fc.nat(500),
              videoLimitKbps: fc.nat(10_000),
              videoSessionLimitKbps: fc.nat(2_000),
            }),
          ),
        }),
        { maxLength: 5 },
      ),
      associations: fc.array(fc.record({ kind: fc.constantFrom(...associationKinds), from: fc.nat(), to: fc.nat() }), {
        maxLength: 5,
      }),
      siteNames: fc.array(name, { minLength: 5, maxLength: 5 }),
      meta: fc.record({
        name,
        author: maybe(name),
        notes: maybe(fc.string({ maxLength: 40 })),
        createdAt: iso,
        modifiedAt: iso,
      }),
      settings: maybe(
        fc
          .record({
            bandwidth: maybe(
              fc
                .record({
                  fec: maybe(fc.boolean()),
                  method: maybe(fc.constantFrom('codec' as const, 'simple' as const)),
                  p2pAudioCodec: maybe(fc.constantFrom(...audioCodecs)),
                  videoResolution: maybe(fc.constantFrom(...videoResolutions)),
                  rtcSharePercent: maybe(percent),
                })
                .map(compact),
            ),
            traffic: maybe(fc.record({ conferencePercent: maybe(percent), pstnPercent: maybe(percent) }).map(compact)),
          })
          .map(compact),
      ),
      waivers: fc.array(
        fc.record({
          rule: fc.constantFrom('CAP-FE-MAX-SERVERS', 'TOPO-EDGE-HA', 'BW-LINK-CAPACITY'),
          subjects: fc.array(fc.nat(), { maxLength: 3 }),
          value: maybe(
            fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
          ),
          reason: fc.string({ minLength: 1, maxLength: 40 }).filter((text) => /\S/.test(text)),
          author: name.filter((text) => /\S/.test(text)),
          waivedAt: iso,
        }),
        { maxLength: 3 },
      ),
      withLayout: fc.boolean(),
      x: fc.integer({ min: -5000, max: 5000 }),
    })
    .map((spec) => {
      const sites: Design['sites'] = Array.from({ length: spec.siteCount }, (_, i) =>
        i === 0
          ? { id: `s-${i}`, name: spec.siteNames[i]!, kind: 'central' as const }
          : { id: `s-${i}`, name: spec.siteNames[i]!, kind: 'branch' as const, centralSiteId: 's-0' },
      );
      const pools: Pool[] = spec.pools.map(
        (p, i) =>
          compact({
            id: `p-${i}`,
            siteId: sites[p.site % sites.length]!.id,
            fqdn: p.fqdn,
            version: p.version,
            ...compact(p.fields),
          }) as Pool,
      );
      const servers =
        pools.length === 0
          ? []
          : spec.servers.map((s, i) =>
              compact({
                id: `v-${i}`,
                poolId: pools[s.pool % pools.length]!.id,
                fqdn: s.fqdn,
                running: s.running,
                hardware: s.cores === undefined ? undefined : { cores: s.cores },
              }),
            );
      const userGroups =
        pools.length === 0
          ? []
          : spec.groups.map((g, i) =>
              compact({
                id: `g-${i}`,
                name: g.name,
                siteId: sites[g.site % sites.length]!.id,
                homePoolId: pools[g.pool % pools.length]!.id,
                count: g.count,
                remotePercent: g.remotePercent,
                traffic: g.conference === undefined ? undefined : { conferencePercent: g.conference },
              }),
            );
      const links =
        sites.length < 2
          ? []
          : spec.links.map((l, i) => {
              const a = l.a % sites.length;
              const b = (a + 1 + (l.b % (sites.length - 1))) % sites.length;
              return compact({
                id: `l-${i}`,
                siteA: sites[a]!.id,
                siteB: sites[b]!.id,
                capacityKbps: l.capacity,
                latencyMs: l.latency,
                cac: l.cac,
              });
            });
      const associations =
        pools.length === 0
          ? []
          : spec.associations.map((a, i) => ({
              id: `a-${i}`,
              kind: a.kind,
              from: pools[a.from % pools.length]!.id,
              to: pools[a.to % pools.length]!.id,
            }));
      // Waivers about entities of the design, any of them (a finding's subjects are pools, servers, links, sites...).
      const entityIds = [...sites, ...pools, ...servers, ...userGroups, ...links, ...associations].map((e) => e.id);
      const waivers = spec.waivers.map((w, i) =>
        compact({
          id: `w-${i}`,
          rule: w.rule,
          subjects: w.subjects.map((n) => entityIds[n % entityIds.length]!),
          value: w.value === undefined ? undefined : Object.is(w.value, -0) ? 0 : w.value,
          reason: w.reason,
          author: w.author,
          waivedAt: w.waivedAt,
        }),
      );
      const design: Design = compact({
        format: 'lyncplan' as const,
        formatVersion: 2 as const,
        meta: compact({ id: '7d444840-9dc0-4c2b-8a4d-0f5c2b7f1a11', ...spec.meta }),
        settings: spec.settings,
        sites,
        pools,
        servers,
        userGroups,
        links,
        associations,
        waivers: waivers.length > 0 ? waivers : undefined,
        layout: spec.withLayout
          ? {
              nodes: Object.fromEntries(sites.map((s, i) => [s.id, { x: spec.x + i, y: i * 10.5 }])),
              viewport: { x: 0, y: 0, zoom: 1 },
            }
          : undefined,
      });
      return design;
    });
}
