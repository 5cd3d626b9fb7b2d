import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../shared/format/serializeDesign';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { tempDir } from '../testing/tempDir';
import { builtLyncplanBinary } from './cliHarness';

const lyncplan = builtLyncplanBinary();
const binary = join(__dirname, '..', '..', '..', 'dist', 'cli', 'lyncplan.cjs');

/** A design whose names carry a clear-screen sequence and a right-to-left override, as a hostile file would. */
const HOSTILE_NAME = 'Contoso\u001b[2J\u202Egnp.exe';
const HOSTILE_POOL = 'pool01\u001b]0;pwned\u0007.contoso.com';
let dir: ReturnType<typeof tempDir>;
let hostile: string;
beforeAll(() => {
  dir = tempDir();
  const b = new DesignBuilder(HOSTILE_NAME);
  // 13 servers: an error finding naming the pool, so the pool's name is printed in the findings too.
  b.pool(b.site('Dallas\u202E'), 'frontEnd', { servers: 13, fqdn: HOSTILE_POOL });
  hostile = join(dir.path, 'hostile.lyncplan');
  writeFileSync(hostile, serializeDesign(b.design));
});
afterAll(() => dir.remove());

// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls a file must not get onto the terminal.
const RAW_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

describe('the CLI prints what a file holds without letting it control the terminal', () => {
  it('check: the name and the pool are shown with their controls escaped', () => {
    const { stdout } = lyncplan('check', hostile);
    expect(stdout).not.toMatch(RAW_CONTROLS);
    expect(stdout.split('\n')[0]).toMatch(/^Contoso\\x1B\[2J\\u202Egnp\.exe: \d+ errors?/);
    expect(stdout).toContain('pool01\\x1B]0;pwned\\x07.contoso.com');
  });

  it.each(['md', 'csv'])('report --format %s: escaped the same way', (format) => {
    const { status, stdout } = lyncplan('report', hostile, '--format', format);
    expect(status).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROLS);
    expect(stdout).toContain('pool01\\x1B]0;pwned\\x07.contoso.com');
    expect(stdout).toContain('Dallas\\u202E');
  });

  it('check --json and report --format json: nothing raw, and the names parse back exactly', () => {
    const check = lyncplan('check', hostile, '--json').stdout;
    expect(check).not.toMatch(RAW_CONTROLS);
    expect(JSON.parse(check).findings[0].message).toContain(HOSTILE_POOL);
    const report = lyncplan('report', hostile, '--format', 'json').stdout;
    expect(report).not.toMatch(RAW_CONTROLS);
    expect(report).toContain('\\u202E');
    expect(JSON.stringify(JSON.parse(report))).toContain(JSON.stringify(HOSTILE_NAME).slice(1, -1));
  });

  it('a file name with controls, on standard error, is escaped too', () => {
    const { status, stderr } = lyncplan('check', join(dir.path, 'missing\u001b[31m.lyncplan'));
    expect(status).toBe(2);
    expect(stderr).not.toMatch(RAW_CONTROLS);
    expect(stderr).toContain('missing\\x1B[31m.lyncplan');
  });
});

describe('the CLI refuses what is not a regular file', () => {
  it('a FIFO given as the file: exit 2 at once with the reason, instead of waiting for a writer', () => {
    const fifo = join(dir.path, 'pipe.lyncplan');
    execFileSync('mkfifo', [fifo]);
    // Not the harness: its spawnSync has no timeout, and a hanging binary would hang the test run with it.
    const run = spawnSync(process.execPath, [binary, 'check', fifo], { encoding: 'utf8', timeout: 10_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `${fifo}: Could not open ${fifo}: it is not a regular file (a device, a pipe or a socket).`,
    );
  });

  it('/dev/zero: exit 2 with the reason, nothing read', () => {
    const run = spawnSync(process.execPath, [binary, 'check', '/dev/zero'], { encoding: 'utf8', timeout: 10_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Could not open /dev/zero: it is not a regular file');
  });
});
