import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
// electron-builder's own JSON schema of its configuration: the fuse names it accepts (additionalProperties: false).
const schema = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('app-builder-lib/scheme.json'), 'utf8'),
) as { definitions: { FuseOptionsV1: { properties: Record<string, { type: string }> } } };

describe('Electron fuses are set once, in the electron-builder config (checklist 19)', () => {
  const fuses = pkg.build.electronFuses as Record<string, boolean>;

  it('turns off every way to run the binary as something other than lyncplan', () => {
    expect(fuses).toMatchObject({
      // ELECTRON_RUN_AS_NODE would make the signed binary a plain Node.js.
      runAsNode: false,
      // NODE_OPTIONS / NODE_EXTRA_CA_CERTS would inject code or trust into the main process.
      enableNodeOptionsEnvironmentVariable: false,
      // --inspect and SIGUSR1 would attach a debugger to the main process.
      enableNodeCliInspectArguments: false,
    });
  });

  it('loads the app only from its asar, validated, with cookies encrypted', () => {
    expect(fuses).toMatchObject({
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('gives file:// no extra privileges, since the page is served from app://lyncplan', () => {
    expect(fuses).toMatchObject({
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('names only fuses electron-builder knows, each a boolean', () => {
    const known = schema.definitions.FuseOptionsV1.properties;
    for (const [name, value] of Object.entries(fuses)) {
      expect(known[name], `electron-builder knows the fuse ${name}`).toEqual(
        expect.objectContaining({ type: 'boolean' }),
      );
      expect(typeof value).toBe('boolean');
    }
  });

  it('flips no fuse anywhere else (no afterPack hook, no @electron/fuses call)', () => {
    expect(pkg.build.afterPack).toBeUndefined();
    expect(JSON.stringify(pkg.scripts)).not.toMatch(/fuses/);
  });
});
