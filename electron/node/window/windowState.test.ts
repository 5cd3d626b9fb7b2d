import { describe, expect, it } from 'vitest';
import { type DisplayInfo, recordWindowPlace, restoreBounds, WINDOW_MIN_SIZE } from './windowState';

/** A laptop at the origin (a 25 px menu bar) and an external monitor to its right. */
const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const monitor: DisplayInfo = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
};

const onMonitor = recordWindowPlace(
  undefined,
  { bounds: { x: 1600, y: 100, width: 1800, height: 1100 }, maximized: false },
  monitor,
);

describe('restoreBounds', () => {
  it('puts the window back where it was on a display that is still there', () => {
    expect(restoreBounds(onMonitor, [laptop, monitor], 1)).toEqual({
      bounds: { x: 1600, y: 100, width: 1800, height: 1100 },
      maximized: false,
    });
  });

  it('brings the window onto the primary display when its display has gone, shrunk into the work area', () => {
    const { bounds } = restoreBounds(onMonitor, [laptop], 1);
    // Same offset from the corner (160, 100), size cut to the laptop's work area, then moved fully inside it.
    expect(bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('remembers a place per display: unplugging the monitor restores the place the window had on the laptop', () => {
    const both = recordWindowPlace(
      onMonitor,
      { bounds: { x: 100, y: 60, width: 1200, height: 760 }, maximized: false },
      laptop,
    );
    const back = recordWindowPlace(
      both,
      { bounds: { x: 1600, y: 100, width: 1800, height: 1100 }, maximized: false },
      monitor,
    );
    expect(restoreBounds(back, [laptop, monitor], 1).bounds).toEqual({ x: 1600, y: 100, width: 1800, height: 1100 });
    expect(restoreBounds(back, [laptop], 1).bounds).toEqual({ x: 100, y: 60, width: 1200, height: 760 });
  });

  it('moves a window that was partly off-screen fully back onto its display', () => {
    const hanging = recordWindowPlace(
      undefined,
      { bounds: { x: -400, y: 700, width: 1000, height: 700 }, maximized: false },
      laptop,
    );
    expect(restoreBounds(hanging, [laptop], 1).bounds).toEqual({ x: 0, y: 200, width: 1000, height: 700 });
  });

  it('keeps a maximised window maximised, over the normal bounds it had before', () => {
    const maximised = recordWindowPlace(
      undefined,
      { bounds: { x: 1700, y: 200, width: 1200, height: 800 }, maximized: true },
      monitor,
    );
    expect(restoreBounds(maximised, [laptop, monitor], 1)).toEqual({
      bounds: { x: 1700, y: 200, width: 1200, height: 800 },
      maximized: true,
    });
    expect(restoreBounds(maximised, [laptop], 1).maximized).toBe(true);
  });

  it('fits a display whose resolution or scaling changed: same offset, clamped into its smaller work area', () => {
    // The monitor now runs at 200 % scaling: in device-independent pixels it is half the size.
    const scaled: DisplayInfo = {
      id: 2,
      bounds: { x: 1440, y: 0, width: 1280, height: 720 },
      workArea: { x: 1440, y: 0, width: 1280, height: 680 },
    };
    expect(restoreBounds(onMonitor, [laptop, scaled], 1).bounds).toEqual({ x: 1440, y: 0, width: 1280, height: 680 });
  });

  it('finds a display by its bounds when the OS gave it a new id (a monitor plugged in again)', () => {
    const replugged = { ...monitor, id: 77 };
    expect(restoreBounds(onMonitor, [laptop, replugged], 1).bounds).toEqual({
      x: 1600,
      y: 100,
      width: 1800,
      height: 1100,
    });
  });

  it('never opens smaller than the minimum size, even when a saved size or the screen is smaller', () => {
    const tiny = recordWindowPlace(
      undefined,
      { bounds: { x: 10, y: 30, width: 300, height: 200 }, maximized: false },
      laptop,
    );
    expect(restoreBounds(tiny, [laptop], 1).bounds).toMatchObject(WINDOW_MIN_SIZE);
    const small: DisplayInfo = {
      id: 3,
      bounds: { x: 0, y: 0, width: 800, height: 600 },
      workArea: { x: 0, y: 0, width: 800, height: 560 },
    };
    expect(restoreBounds(undefined, [small], 3).bounds).toEqual({ x: 0, y: 0, ...WINDOW_MIN_SIZE });
  });

  it('opens a first start at the default size, centred on the primary display', () => {
    expect(restoreBounds(undefined, [monitor, laptop], 2)).toEqual({
      bounds: { x: 1440 + 560, y: 250, width: 1440, height: 900 },
      maximized: false,
    });
  });

  it('ignores corrupt saved data: not ours, another version, damaged places among good ones', () => {
    const fresh = restoreBounds(undefined, [laptop], 1);
    for (const corrupt of [null, 'x', 42, [], { version: 2, places: [] }, { version: 1, places: 'no' }]) {
      expect(restoreBounds(corrupt, [laptop], 1)).toEqual(fresh);
    }
    const damaged = {
      version: 1,
      places: [
        { display: { id: 1 }, bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false },
        { display: laptop, bounds: { x: Number.NaN, y: 0, width: 1000, height: 700 }, maximized: false },
        ...onMonitor.places,
      ],
    };
    expect(restoreBounds(damaged, [laptop, monitor], 1).bounds).toEqual({ x: 1600, y: 100, width: 1800, height: 1100 });
  });
});

describe('recordWindowPlace', () => {
  it('keeps one place per display, the latest first, and whole pixels', () => {
    const moved = recordWindowPlace(
      onMonitor,
      { bounds: { x: 1650.4, y: 120.6, width: 1700, height: 1000 }, maximized: true },
      monitor,
    );
    expect(moved.places).toEqual([
      {
        display: { id: 2, bounds: monitor.bounds },
        bounds: { x: 1650, y: 121, width: 1700, height: 1000 },
        maximized: true,
      },
    ]);
  });
});
