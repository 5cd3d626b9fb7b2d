import { describe, expect, it } from 'vitest';
import { WINDOW_DEFAULT_SIZE, WINDOW_MIN_SIZE } from '../node/window/windowState';
import { mainWindowOptions } from './windowOptions';

describe('the restored window', () => {
  it('keeps the sizes the window is built with: restoring never goes below its minimum', () => {
    const options = mainWindowOptions('preload.cjs');
    expect({ width: options.minWidth, height: options.minHeight }).toEqual(WINDOW_MIN_SIZE);
    expect({ width: options.width, height: options.height }).toEqual(WINDOW_DEFAULT_SIZE);
  });
});
