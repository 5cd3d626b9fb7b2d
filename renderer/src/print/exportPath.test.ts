import { describe, expect, it } from 'vitest';
import { withExportExtension } from './exportPath';

describe('the export path follows the chosen format', () => {
  it('swaps the extension of a format lyncplan writes', () => {
    expect(withExportExtension('/home/ann/fabrikam-2x.png', 'svg')).toBe('/home/ann/fabrikam-2x.svg');
    expect(withExportExtension('C:\\Users\\ann\\Fabrikam.SVG', 'png')).toBe('C:\\Users\\ann\\Fabrikam.png');
    expect(withExportExtension('links.csv', 'csv')).toBe('links.csv');
  });

  it('adds the extension to a name without one, or with another', () => {
    expect(withExportExtension(' /tmp/fabrikam ', 'png')).toBe('/tmp/fabrikam.png');
    expect(withExportExtension('/tmp/fabrikam v2.final', 'csv')).toBe('/tmp/fabrikam v2.final.csv');
    expect(withExportExtension('', 'png')).toBe('');
  });
});
