import type { Design } from '../model/design';

export interface CreateDesignArgs {
  id: string;
  name: string;
  author?: string;
  /** ISO 8601 time of creation. */
  now: string;
}

/** An empty design: no sites yet, every setting at its documented default. */
export function createDesign({ id, name, author, now }: CreateDesignArgs): Design {
  return {
    format: 'lyncplan',
    formatVersion: 2,
    meta: { id, name, ...(author ? { author } : {}), createdAt: now, modifiedAt: now },
    sites: [],
    pools: [],
    servers: [],
    userGroups: [],
    links: [],
    associations: [],
    layout: { nodes: {} },
  };
}
