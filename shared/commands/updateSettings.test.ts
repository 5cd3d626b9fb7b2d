import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { CommandRefused } from './commandError';
import { updateSettings } from './updateSettings';

describe('updateSettings', () => {
  it('sets a planning assumption and returns it to its default', () => {
    const { design } = new DesignBuilder();
    const set = updateSettings(design, { bandwidth: { rtcSharePercent: 40 } });
    expect(set.settings).toEqual({ bandwidth: { rtcSharePercent: 40 } });
    const reset = updateSettings(set, { bandwidth: { rtcSharePercent: undefined } });
    expect(reset).not.toHaveProperty('settings');
  });

  it('changes one assumption and keeps the others', () => {
    const { design } = new DesignBuilder('Settings', {
      bandwidth: { method: 'simple' },
      traffic: { pstnPercent: 5, conferencePercent: 10 },
    });
    const next = updateSettings(design, { traffic: { pstnPercent: 8 } });
    expect(next.settings).toEqual({
      bandwidth: { method: 'simple' },
      traffic: { pstnPercent: 8, conferencePercent: 10 },
    });
  });

  it('refuses a percentage outside 0 to 100, with the messages the inspector shows', () => {
    const { design } = new DesignBuilder();
    expect(() => updateSettings(design, { traffic: { pstnPercent: 120 } })).toThrow(
      new CommandRefused('A percentage cannot exceed 100'),
    );
    expect(() => updateSettings(design, { traffic: { conferencePercent: -1 } })).toThrow(
      new CommandRefused('A percentage cannot be negative'),
    );
    expect(() => updateSettings(design, { bandwidth: { rtcSharePercent: 150 } })).toThrow(
      new CommandRefused('A percentage cannot exceed 100'),
    );
  });

  it('sets the default SIP domain new names take, trimmed, and clears it when emptied', () => {
    const { design } = new DesignBuilder();
    const set = updateSettings(design, { defaultSipDomain: ' fabrikam.com ' });
    expect(set.settings).toEqual({ defaultSipDomain: 'fabrikam.com' });
    expect(updateSettings(set, { traffic: { pstnPercent: 8 } }).settings).toEqual({
      defaultSipDomain: 'fabrikam.com',
      traffic: { pstnPercent: 8 },
    });
    expect(updateSettings(set, { defaultSipDomain: '' })).not.toHaveProperty('settings');
    expect(updateSettings(set, { defaultSipDomain: undefined })).not.toHaveProperty('settings');
  });

  it('refuses a default SIP domain Topology Builder would not take, with the reason', () => {
    const { design } = new DesignBuilder();
    expect(() => updateSettings(design, { defaultSipDomain: 'contoso' })).toThrow(
      new CommandRefused('Enter a domain with a dot, such as contoso.com'),
    );
    expect(() => updateSettings(design, { defaultSipDomain: 'con_toso.com' })).toThrow(
      new CommandRefused('A domain cannot contain "_" (use letters, digits and hyphens)'),
    );
  });
});
