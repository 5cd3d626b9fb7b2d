import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronAbiOf, moduleAbiOf } from '../scripts/nativeAbi.mjs';

const installedModule = join(__dirname, '..', '..', 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

describe('the ABI `npm run dist` reads from the better-sqlite3 it packed', () => {
  it('reads the NODE_MODULE_VERSION of the installed better-sqlite3: the Node running these tests', () => {
    expect(moduleAbiOf(readFileSync(installedModule))).toBe(Number(process.versions.modules));
  });

  it('tells an N-API module, which loads in any runtime, from a file that is no module', () => {
    expect(moduleAbiOf(Buffer.from('\0napi_register_module_v1\0'))).toBe('napi');
    expect(moduleAbiOf(Buffer.from('#!/bin/sh\n'))).toBeUndefined();
  });

  it("knows Electron 45.5.0's ABI differs from Node's, so a Node-ABI module in the package is caught", () => {
    const electron = electronAbiOf('45.5.0');
    expect(Number.isInteger(electron)).toBe(true);
    expect(electron).not.toBe(Number(process.versions.modules));
  });
});
