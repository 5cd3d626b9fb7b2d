import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeVerdict,
  type Finding,
  findingsFromCsv,
  findingsToCsv,
  type GateConfig,
  gateFindings,
} from './electronegativityGate';

const config = JSON.parse(readFileSync(join(__dirname, '..', 'electronegativity.json'), 'utf8')) as GateConfig;

const csvHeader = 'issue, severity, confidence, filename, location, sample, description, url';
const row = (check: string, severity: string, file: string, sample = 'new BrowserWindow(options)') =>
  `${check},"${severity}","FIRM","${file}","12:4","${sample.replaceAll('"', '""')}","Review it",https://github.com/doyensec/electronegativity/wiki/${check}`;

describe('the Electronegativity gate', () => {
  it('fails on a HIGH finding nobody has listed', () => {
    const csv = [csvHeader, row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'electron/main/printWindow.ts')].join('\n');
    const verdict = gateFindings(findingsFromCsv(csv), config);
    expect(verdict.blocking).toEqual([
      expect.objectContaining({ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main/printWindow.ts' }),
    ]);
    expect(describeVerdict(verdict, [])[0]).toMatch(/^electronegativity: FAILED: 1 unexplained HIGH/);
    expect(describeVerdict(verdict, [])[1]).toContain('electron/main/printWindow.ts:12:4');
  });

  it('passes a HIGH finding listed for that check and file, and only there', () => {
    const listed = [csvHeader, row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'electron/main/main.ts')].join('\n');
    expect(gateFindings(findingsFromCsv(listed), config).blocking).toEqual([]);
    const otherCheck = [csvHeader, row('LIMIT_NAVIGATION_GLOBAL_CHECK', 'HIGH', 'electron/main/main.ts')].join('\n');
    expect(gateFindings(findingsFromCsv(otherCheck), config).blocking).toHaveLength(1);
  });

  it('prints lower findings for review without failing', () => {
    const csv = [csvHeader, row('WEB_SECURITY_JS_CHECK', 'MEDIUM', 'electron/main/other.ts')].join('\n');
    const verdict = gateFindings(findingsFromCsv(csv), config);
    expect(verdict.blocking).toEqual([]);
    expect(verdict.toReview).toHaveLength(1);
    expect(describeVerdict(verdict, [])[0]).toMatch(/^electronegativity: passed/);
  });

  it('fails when a file could not be read, since it was not checked', () => {
    const verdict = gateFindings([], config);
    expect(describeVerdict(verdict, ['electron/main/main.ts: Unexpected token'])[0]).toMatch(/FAILED/);
  });

  it('names a known false positive that no finding matches any more', () => {
    expect(gateFindings([], config).stale.map(({ check }) => check)).toContain('CONTEXT_ISOLATION_JS_CHECK');
  });

  it('reads an unknown severity as HIGH, so a row it cannot understand fails the gate', () => {
    const csv = [csvHeader, row('SOME_NEW_CHECK', 'CRITICAL', 'electron/main/main.ts')].join('\n');
    expect(gateFindings(findingsFromCsv(csv), config).blocking).toHaveLength(1);
  });

  it('reads quoted commas, quotes and line breaks, and writes what it reads', () => {
    const finding: Finding = {
      check: 'CSP_GLOBAL_CHECK',
      severity: 'LOW',
      confidence: 'FIRM',
      file: 'dist/renderer/index.html',
      location: '4:0',
      sample: `default-src 'none'; script-src "self",\nobject-src 'none'`,
      description: 'One or more CSP directives detected seems to be vulnerable',
    };
    expect(findingsFromCsv(findingsToCsv([finding, { ...finding, severity: 'HIGH' }]))).toEqual([
      finding,
      { ...finding, severity: 'HIGH' },
    ]);
  });

  it('explains every known false positive with a reason, and every excluded check', () => {
    for (const known of config.knownFalsePositives) expect(known.why.length, known.check).toBeGreaterThan(40);
    for (const excluded of config.excludedChecks) expect(excluded.why.length, excluded.check).toBeGreaterThan(40);
    expect(config.electronVersion).toBe(JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron);
  });
});
