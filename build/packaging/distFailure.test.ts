import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainDistFailure, platformFlag } from '../scripts/distFailure.mjs';

const projectDir = join(__dirname, '..', '..');
const linux = { electronVersion: '45.5.0', platform: 'linux' };

// What electron-builder 26.17.0 printed here for `electron-builder --linux` without network (cut after 2 frames).
const offlineOutput = `  • packaging       platform=linux arch=x64 electron=45.5.0 appOutDir=release/linux-unpacked
  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com
    at ClientRequest.<anonymous> (/work/main/node_modules/got/dist/source/core/index.js:970:111)
    at Object.onceWrapper (node:events:639:26)
`;

describe('what `npm run dist` says when it cannot download', () => {
  it('replaces the stack trace with one line naming the host, the Electron release and the way to pack offline', () => {
    const line = explainDistFailure(offlineOutput, linux);
    expect(line).toBe(
      'lyncplan dist: needs the network (github.com: ENOTFOUND) to download the Electron 45.5.0 binary and ' +
        "electron-builder's AppImage and deb tools; run it on a machine with internet access. Offline, only the app " +
        'folder can be packed, to inspect: `npm run pack:dir -- -c.electronDist=<an unpacked Electron folder> ' +
        "-c.npmRebuild=false` (its better-sqlite3 keeps Node's ABI, so Electron cannot open the library).",
    );
  });

  it('names the installer tools of the platform it runs on', () => {
    const dnsDown = '⨯ getaddrinfo EAI_AGAIN objects.githubusercontent.com';
    expect(explainDistFailure(dnsDown, { ...linux, platform: 'win32' })).toMatch(
      /^lyncplan dist: needs the network \(objects\.githubusercontent\.com: EAI_AGAIN\) .* electron-builder's NSIS tools;/,
    );
    expect(explainDistFailure('Error: connect ETIMEDOUT 140.82.121.4:443', { ...linux, platform: 'darwin' })).toMatch(
      /\(ETIMEDOUT\) .*'s dmg tools/,
    );
  });

  it('leaves any other failure to electron-builder’s own words', () => {
    const invalid = "⨯ Invalid configuration object. configuration has an unknown property 'bogusKey'.";
    expect(explainDistFailure(invalid, linux)).toBeUndefined();
  });

  it('builds for the platform it runs on, and refuses one with no installer configured', () => {
    expect(['linux', 'win32', 'darwin'].map(platformFlag)).toEqual(['--linux', '--win', '--mac']);
    expect(() => platformFlag('freebsd')).toThrow('no installer is configured for freebsd');
  });

  it('offline, prints that one line and exits 1 before electron-builder touches anything', () => {
    const run = spawnSync(process.execPath, ['build/scripts/dist.mjs'], {
      cwd: projectDir,
      encoding: 'utf8',
      // A `.invalid` name never resolves (RFC 6761): the offline answer, whatever network this machine has.
      env: { ...process.env, LYNCPLAN_DIST_PROBE_HOST: 'lyncplan.invalid' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^lyncplan dist: needs the network \(lyncplan\.invalid: E[A-Z_]+\) to download the Electron 45\.5\.0 binary/,
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
