// Packs the app with electron-builder's `--linux dir` target, offline, around a stand-in Electron folder: what the
// packaging test inspects. Everything electron-builder decides (files, asar, unpacking, dependency collection,
// file associations) runs for real; only the Electron binary is a shell script, because this machine cannot
// download one (toolchain.md row 5).
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper';
import { Arch, build, Platform } from 'electron-builder';

export interface StandInPack {
  /** The temporary folder holding the stand-in Electron and the output; the caller removes it. */
  root: string;
  /** The unpacked app: `lyncplan`, `resources/app.asar`, `resources/app.asar.unpacked/`. */
  appOutDir: string;
  /** The configuration electron-builder packed with: package.json's `build` block merged with the overrides. */
  effectiveConfig: Configuration;
  /** The .desktop entry the deb target would write for this configuration (the dir target writes none). */
  desktopEntry: string;
}

/** A folder electron-builder accepts as an unpacked Electron: the executable it renames, and the two licences. */
function makeStandInElectron(root: string): string {
  const dir = join(root, 'stand-in-electron');
  mkdirSync(dir);
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron: nothing to run"\n');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), '');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '');
  return dir;
}

/** Packs the project at `projectDir` (its `dist/` already built) into a fresh temporary folder. */
export async function packWithStandInElectron(projectDir: string): Promise<StandInPack> {
  const root = mkdtempSync(join(tmpdir(), 'lyncplan-pack-'));
  let captured: Omit<StandInPack, 'root' | 'appOutDir'> | undefined;
  let appOutDir = '';
  const overrides: Configuration = {
    electronDist: makeStandInElectron(root),
    // Never the repo's release/: a test must not leave or overwrite artefacts there.
    directories: { output: join(root, 'out') },
    // A rebuild would compile better-sqlite3 in place in node_modules (shared by every worktree here) and, offline,
    // either keep the Node ABI or delete the binary (toolchain.md row 5). The packed copy is Node's; that is fine
    // for what this pack checks, which is where the module lands, not which ABI it has.
    npmRebuild: false,
    // Fuses are flipped by rewriting a sentinel inside the real Electron executable; the stand-in is a shell script
    // without one, so @electron/fuses would fail. Their values are checked by the security part's own tests.
    // (Through the CLI this cannot be said: `-c.electronFuses=null` arrives as the string "null", which the schema
    // rejects; that is why this pack calls electron-builder's API.)
    electronFuses: null,
    afterPack: async (context) => {
      appOutDir = context.appOutDir;
      const helper = new LinuxTargetHelper(context.packager as never);
      captured = {
        effectiveConfig: context.packager.config,
        desktopEntry: await helper.computeDesktopEntry(context.packager.platformSpecificBuildOptions),
      };
    },
  };
  await build({ projectDir, targets: Platform.LINUX.createTarget('dir', Arch.x64), config: overrides });
  if (!captured) throw new Error('electron-builder finished without running afterPack');
  return { root, appOutDir, ...captured };
}
