import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { addLink } from './addLink';
import { CommandRefused } from './commandError';

function estate() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const austin = b.site('Austin', 'branch', dallas);
  return { design: b.design, dallas, austin };
}

describe('addLink', () => {
  it('joins two sites with a WAN link of the given capacity', () => {
    const { design, dallas, austin } = estate();
    const next = addLink(design, { id: 'l1', siteA: dallas, siteB: austin, capacityKbps: 2048 });
    expect(next.links).toEqual([{ id: 'l1', siteA: dallas, siteB: austin, capacityKbps: 2048 }]);
  });

  it('refuses a second link between the same two sites, either way round', () => {
    const { design, dallas, austin } = estate();
    const linked = addLink(design, { id: 'l1', siteA: dallas, siteB: austin, capacityKbps: 2048 });
    expect(() => addLink(linked, { id: 'l2', siteA: austin, siteB: dallas, capacityKbps: 1024 })).toThrow(
      new CommandRefused('These sites are already joined by a link; edit its capacity instead.'),
    );
  });

  it('refuses a link from a site to itself, or to something that is not a site', () => {
    const { design, dallas } = estate();
    expect(() => addLink(design, { id: 'l1', siteA: dallas, siteB: dallas, capacityKbps: 1024 })).toThrow(
      new CommandRefused('A WAN link joins two different sites.'),
    );
    expect(() => addLink(design, { id: 'l1', siteA: dallas, siteB: 'p-9', capacityKbps: 1024 })).toThrow(
      new CommandRefused('A WAN link joins two sites.'),
    );
  });

  it('refuses a capacity of 0, with the message the inspector shows', () => {
    const { design, dallas, austin } = estate();
    expect(() => addLink(design, { id: 'l1', siteA: dallas, siteB: austin, capacityKbps: 0 })).toThrow(
      new CommandRefused('A link capacity must be above 0 kbps'),
    );
  });
});
