import { describe, expect, it } from 'vitest';
import { addSite } from './addSite';
import { CommandRefused } from './commandError';
import { createDesign } from './createDesign';

const empty = () =>
  createDesign({ id: '00000000-0000-4000-8000-000000000002', name: 'New', now: '2026-11-22T10:00:00.000Z' });

describe('addSite', () => {
  it('adds a central site where it was dropped', () => {
    const design = addSite(empty(), {
      id: 's1',
      name: 'Dallas',
      kind: 'central',
      position: { x: 10, y: 20, width: 640, height: 320 },
    });
    expect(design.sites).toEqual([{ id: 's1', name: 'Dallas', kind: 'central' }]);
    expect(design.layout?.nodes?.s1).toEqual({ x: 10, y: 20, width: 640, height: 320 });
  });

  it("puts a branch in the design's first central site unless told another", () => {
    let design = addSite(empty(), { id: 's1', name: 'Dallas', kind: 'central', position: { x: 0, y: 0 } });
    design = addSite(design, { id: 's2', name: 'Chicago', kind: 'central', position: { x: 0, y: 0 } });
    design = addSite(design, { id: 's3', name: 'Austin', kind: 'branch', position: { x: 0, y: 0 } });
    design = addSite(design, {
      id: 's4',
      name: 'Peoria',
      kind: 'branch',
      centralSiteId: 's2',
      position: { x: 0, y: 0 },
    });
    expect(design.sites.slice(2)).toEqual([
      { id: 's3', name: 'Austin', kind: 'branch', centralSiteId: 's1' },
      { id: 's4', name: 'Peoria', kind: 'branch', centralSiteId: 's2' },
    ]);
  });

  it('adds a branch without a central site while the design has none', () => {
    const design = addSite(empty(), { id: 's1', name: 'Austin', kind: 'branch', position: { x: 0, y: 0 } });
    expect(design.sites).toEqual([{ id: 's1', name: 'Austin', kind: 'branch' }]);
  });

  it('refuses a branch of a site that is not central', () => {
    const design = addSite(empty(), { id: 's1', name: 'Austin', kind: 'branch', position: { x: 0, y: 0 } });
    expect(() =>
      addSite(design, { id: 's2', name: 'Waco', kind: 'branch', centralSiteId: 's1', position: { x: 0, y: 0 } }),
    ).toThrow(new CommandRefused("A branch site belongs to a central site; choose one of the design's central sites."));
  });

  it('refuses an empty name, and keeps a name without the spaces typed around it', () => {
    expect(() => addSite(empty(), { id: 's1', name: ' ', kind: 'central', position: { x: 0, y: 0 } })).toThrow(
      new CommandRefused('Enter a name'),
    );
    const design = addSite(empty(), { id: 's1', name: ' Dallas ', kind: 'central', position: { x: 0, y: 0 } });
    expect(design.sites[0]!.name).toBe('Dallas');
  });
});
