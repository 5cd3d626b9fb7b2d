import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { addSite } from './addSite';
import { CommandRefused } from './commandError';
import { restoreRevision } from './restoreRevision';
import { updateMeta } from './updateMeta';
import { updateSettings } from './updateSettings';

function saved() {
  const b = new DesignBuilder('Contoso');
  b.frontEnd(b.site('Dallas'), 2);
  return b.design;
}

describe('restoreRevision', () => {
  it('gives the design the revision exactly: later sites, settings, layout and name go', () => {
    const revision = saved();
    let later = addSite(revision, { id: 's-new', name: 'Austin', kind: 'branch', position: { x: 900, y: 0 } });
    later = updateSettings(later, { defaultSipDomain: 'fabrikam.com' });
    later = updateMeta(later, { name: 'Contoso EMEA' });
    const restored = restoreRevision(later, { revision });
    expect(restored).toEqual(revision);
    expect(restored.sites.map((site) => site.name)).toEqual(['Dallas']);
    expect(restored).not.toHaveProperty('settings');
    expect(restored).not.toHaveProperty('layout');
    expect(restored.meta.name).toBe('Contoso');
  });

  it('refuses a revision of another design', () => {
    const other = { ...saved(), meta: { ...saved().meta, id: '22222222-2222-4333-8444-555555555555' } };
    expect(() => restoreRevision(saved(), { revision: other })).toThrow(
      new CommandRefused('That revision is of another design, not of “Contoso”.'),
    );
  });
});
