import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDir';
import { recordWindowPlace, restoreBounds } from './windowState';
import { readWindowStateFile, writeWindowStateFile } from './windowStateFile';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir('lyncplan-window-');
});
afterEach(() => dir.remove());

const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};

describe('the window-state file', () => {
  it('brings back the place it saved, leaving no temp file beside it', () => {
    const file = join(dir.path, 'window-state.json');
    const state = recordWindowPlace(
      undefined,
      { bounds: { x: 200, y: 80, width: 1300, height: 820 }, maximized: false },
      display,
    );
    writeWindowStateFile(file, state);
    expect(restoreBounds(readWindowStateFile(file), [display], 1).bounds).toEqual({
      x: 200,
      y: 80,
      width: 1300,
      height: 820,
    });
    expect(readdirSync(dir.path)).toEqual(['window-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it('reads a missing or truncated file as nothing saved', () => {
    expect(readWindowStateFile(join(dir.path, 'none.json'))).toBeUndefined();
    const truncated = join(dir.path, 'truncated.json');
    writeFileSync(truncated, '{"version":1,"places":[{"display"');
    expect(readWindowStateFile(truncated)).toBeUndefined();
    expect(restoreBounds(readWindowStateFile(truncated), [display], 1).bounds).toEqual({
      x: 240,
      y: 70,
      width: 1440,
      height: 900,
    });
  });
});
