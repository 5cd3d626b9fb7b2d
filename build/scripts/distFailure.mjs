// Turns what electron-builder printed when `npm run dist` failed into one line a developer can act on. Offline,
// electron-builder ends in a stack trace (`⨯ getaddrinfo ENOTFOUND github.com ... stackTrace=RequestError: ...`,
// toolchain.md row 5); the cause is always the same: it downloads Electron and its packaging tools.

/** The installers `npm run dist` builds on each platform (package.json build.linux/win/mac targets). */
export const installersByPlatform = { linux: 'AppImage and deb', win32: 'NSIS', darwin: 'dmg' };

/** electron-builder's command-line flag for the platform it runs on (it builds for that platform only). */
export function platformFlag(platform) {
  const flags = { linux: '--linux', win32: '--win', darwin: '--mac' };
  const flag = flags[platform];
  if (!flag) throw new Error(`lyncplan dist: no installer is configured for ${platform} (only Linux, Windows, macOS)`);
  return flag;
}

// Node's network error codes, and the words of electron-builder's and @electron/get's download errors.
const networkCode = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/;
const downloadWords = /RequestError|download failure|failed to download|cannot download|unable to download/i;

/**
 * The one line to print instead of electron-builder's stack trace, or `undefined` when the failure is not a
 * download (then its own output is the best explanation and is shown whole).
 */
export function explainDistFailure(output, { electronVersion, platform }) {
  const code = output.match(networkCode)?.[1];
  if (!code && !downloadWords.test(output)) return undefined;
  const host =
    output.match(/(?:getaddrinfo|connect) E[A-Z_]+ ([\w.-]+[a-z])/)?.[1] ?? output.match(/https?:\/\/([\w.-]+)/)?.[1];
  const reached = host ? ` (${host}: ${code ?? 'download failed'})` : code ? ` (${code})` : '';
  const installers = installersByPlatform[platform] ?? 'installer';
  return (
    `lyncplan dist: needs the network${reached} to download the Electron ${electronVersion} binary and ` +
    `electron-builder's ${installers} tools; run it on a machine with internet access. Offline, only the app ` +
    'folder can be packed, to inspect: `npm run pack:dir -- -c.electronDist=<an unpacked Electron folder> ' +
    "-c.npmRebuild=false` (its better-sqlite3 keeps Node's ABI, so Electron cannot open the library)."
  );
}
