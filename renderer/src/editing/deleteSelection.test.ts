import { describe, expect, it } from 'vitest';
import { idsToDelete } from '../../../shared/commands/deleteEntities';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { describeCascade } from './deleteSelection';

describe('describeCascade', () => {
  it('names what deleting a site takes with it', () => {
    const b = new DesignBuilder();
    const central = b.site('Dallas');
    const branch = b.site('Austin', 'branch', central);
    const pool = b.frontEnd(central, 3);
    b.users(central, pool, 100);
    b.link(branch, central, 1024);
    const selected = new Set([central]);
    expect(describeCascade(b.design, selected, idsToDelete(b.design, selected))).toBe(
      '1 pool, 3 servers, 1 user group and 1 WAN link',
    );
  });

  it('is empty when the delete takes nothing else', () => {
    const b = new DesignBuilder();
    const [server] = b.servers(b.frontEnd(b.site('Dallas'), 0), 1);
    const selected = new Set([server!]);
    expect(describeCascade(b.design, selected, idsToDelete(b.design, selected))).toBe('');
  });
});
