import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';
import { CommandRefused } from './commandError';
import { setPageSetup } from './setPageSetup';

describe('setPageSetup', () => {
  it('keeps the page setup in layout.page, through a save and a reopen, without changing a finding', () => {
    const b = new DesignBuilder();
    b.frontEnd(b.site('Dallas'), 13);
    const next = setPageSetup(b.design, {
      paper: 'A3',
      orientation: 'portrait',
      marginMm: 12,
      scaling: { mode: 'fitToPages', columns: 2, rows: 3 },
      extras: { findings: true },
    });
    const reopened = parseDesign(serializeDesign(next));
    expect(reopened.ok && reopened.design.layout?.page).toEqual({
      paper: 'A3',
      orientation: 'portrait',
      marginMm: 12,
      scaling: { mode: 'fitToPages', columns: 2, rows: 3 },
      extras: { findings: true },
    });
    expect(validate(next).findings).toEqual(validate(b.design).findings);
  });

  it('refuses a setup outside its limits with the reason', () => {
    const b = new DesignBuilder();
    expect(() =>
      setPageSetup(b.design, {
        paper: 'A4',
        orientation: 'landscape',
        marginMm: 10,
        scaling: { mode: 'fixed', percent: 1 },
      }),
    ).toThrow(CommandRefused);
    expect(() =>
      setPageSetup(b.design, { paper: 'A4', orientation: 'landscape', marginMm: -3, scaling: { mode: 'fitToOne' } }),
    ).toThrow(CommandRefused);
  });
});
