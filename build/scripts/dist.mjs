// `npm run dist`: the installers for the platform this runs on (AppImage and deb on Linux, NSIS on Windows, dmg
// on macOS), with electron-builder. It needs the network: Electron and the packaging tools are downloaded, and
// better-sqlite3 is rebuilt for Electron's ABI against Electron's headers. Where the network is missing it says
// so in one line instead of a stack trace; after packing it checks the ABI the packed module really has.
// Extra arguments go to electron-builder (`npm run dist -- --arm64`).
import { spawn, spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { explainDistFailure, platformFlag } from './distFailure.mjs';
import { electronAbiOf, moduleAbiOf } from './nativeAbi.mjs';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const { build } = JSON.parse(readFileSync('package.json', 'utf8'));
const platform = process.platform;
const extraArgs = process.argv.slice(2);
const context = { electronVersion, platform };
// Where Electron's releases and electron-builder's tools are downloaded from. A test points it at a `.invalid`
// name (RFC 6761: never resolves) to see the offline answer on any machine.
const downloadHost = process.env.LYNCPLAN_DIST_PROBE_HOST ?? 'github.com';

// Ask the network first: offline, electron-builder retries for about 50 s before failing, and its rebuild of
// better-sqlite3 would already have touched node_modules.
try {
  await lookup(downloadHost);
} catch (error) {
  console.error(explainDistFailure(String(error?.message ?? error), context));
  process.exit(1);
}

// node-gyp compiles against `npm_config_nodedir` when it is set, whatever target it is given: with this
// machine's `nodedir=/usr` the "Electron" rebuild silently keeps Node's ABI. Without it, @electron/rebuild
// fetches Electron's headers, as it must.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'),
);
const builder = spawn(
  process.execPath,
  [require.resolve('electron-builder/cli.js'), platformFlag(platform), '--publish', 'never', ...extraArgs],
  { env, stdio: ['inherit', 'pipe', 'pipe'] },
);

// Progress lines pass straight through; from electron-builder's first failure mark (`⨯`) on, lines are held back,
// to be replaced by one sentence when the failure is a download, or shown whole when it is anything else.
let output = '';
let failing = false;
const held = [];
const relay = (chunk, stream) => {
  const text = chunk.toString();
  output += text;
  for (const line of text.split(/(?<=\n)/)) {
    if (line.includes('⨯')) failing = true;
    if (failing) held.push(line);
    else stream.write(line);
  }
};
builder.stdout.on('data', (chunk) => relay(chunk, process.stdout));
builder.stderr.on('data', (chunk) => relay(chunk, process.stderr));
const status = await new Promise((resolve) => builder.on('close', (code) => resolve(code ?? 1)));

let failed = status !== 0;
if (failed) {
  console.error(explainDistFailure(output, context) ?? held.join(''));
} else {
  failed = !packedModulesFitElectron();
}

// The rebuild compiled better-sqlite3 in place, in node_modules, for Electron: the tests, the CLI and
// `npm run web` run on Node and could no longer load it. Build it for Node again.
if (output.includes('executing @electron/rebuild')) {
  console.log('lyncplan dist: rebuilding better-sqlite3 for Node again (the tests, the CLI and `npm run web` use it)');
  const npm = process.env.npm_execpath;
  const rebuilt = npm
    ? spawnSync(process.execPath, [npm, 'rebuild', 'better-sqlite3'], { stdio: 'inherit' })
    : spawnSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: platform === 'win32' });
  if (rebuilt.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

/** Every better-sqlite3 binary in the packed apps must carry Electron's NODE_MODULE_VERSION, or the app cannot start. */
function packedModulesFitElectron() {
  const output = extraArgs.find((arg) => arg.startsWith('-c.directories.output='))?.split('=')[1];
  const releaseDir = output ?? build.directories.output;
  const modules = existsSync(releaseDir)
    ? readdirSync(releaseDir, { recursive: true })
        .map(String)
        .filter((file) => /app\.asar\.unpacked[\\/].*better_sqlite3\.node$/.test(file))
    : [];
  const expected = electronAbiOf(electronVersion);
  let fit = modules.length > 0;
  if (!fit) console.error(`lyncplan dist: found no packed better_sqlite3.node under ${releaseDir}/`);
  for (const file of modules) {
    const abi = moduleAbiOf(readFileSync(join(releaseDir, file)));
    if (abi === expected || abi === 'napi') continue;
    fit = false;
    console.error(
      `lyncplan dist: ${file} is built for NODE_MODULE_VERSION ${abi}, not Electron ${electronVersion}'s ${expected}; ` +
        'the packed app would not open its library. Check that the rebuild reached electronjs.org/headers.',
    );
  }
  return fit;
}
