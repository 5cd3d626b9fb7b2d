import { z } from 'zod';

/** A rectangle in the OS's device-independent pixels, as Electron's `screen` and `BrowserWindow` give them. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the restore needs of an Electron `Display`. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** The display less the taskbar, Dock and menu bar: where a window may go. */
  workArea: Rect;
}

/** The smallest the main window may be (`minWidth`/`minHeight` in electron/main/windowOptions.ts; a test keeps them equal). */
export const WINDOW_MIN_SIZE = { width: 960, height: 600 } as const;
/** The size a first start opens at (windowOptions.ts's `width`/`height`), shrunk to fit a smaller screen. */
export const WINDOW_DEFAULT_SIZE = { width: 1440, height: 900 } as const;
/** How many displays the window's place is remembered for. */
const DISPLAYS_REMEMBERED = 8;

const finite = z.number().finite();
const rectSchema = z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() });
const entrySchema = z.object({
  /** The display the window was on, by id and by its bounds then (an id can change when a monitor is replugged). */
  display: z.object({ id: finite, bounds: rectSchema }),
  /** The window's normal (not maximised) bounds. */
  bounds: rectSchema,
  maximized: z.boolean(),
});
export type WindowPlace = z.infer<typeof entrySchema>;

/** The file's content: the window's place on each display it was on, the most recent first. */
export interface SavedWindowState {
  version: 1;
  places: WindowPlace[];
}

/** Where the window opens. */
export interface RestoredWindow {
  bounds: Rect;
  maximized: boolean;
}

/**
 * Reads saved window state defensively: anything that is not our shape (a hand-edited file, a truncated write,
 * another version) reads as nothing saved, and one damaged place does not lose the others.
 */
export function parseWindowState(saved: unknown): WindowPlace[] {
  if (typeof saved !== 'object' || saved === null) return [];
  const { version, places } = saved as { version?: unknown; places?: unknown };
  if (version !== 1 || !Array.isArray(places)) return [];
  return places.flatMap((place) => {
    const parsed = entrySchema.safeParse(place);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Where the window opens, always on a screen that is there now:
 * - the most recent place whose display is still connected (found by id, else by the same bounds), at that place;
 * - on a display that has since changed its resolution or scaling, at the same offset from its corner;
 * - when none of the displays it was on is left, on the primary display at the same offset;
 * - with nothing saved (or nothing readable), the default size centred on the primary display.
 * Then clamped into the display's work area, never smaller than the window's minimum size. Maximised stays
 * maximised (over the normal bounds, so un-maximising goes back to them).
 */
export function restoreBounds(saved: unknown, displays: readonly DisplayInfo[], primaryId: number): RestoredWindow {
  const primary = displays.find((display) => display.id === primaryId) ?? displays[0];
  if (!primary) return { bounds: { x: 0, y: 0, ...WINDOW_DEFAULT_SIZE }, maximized: false };
  const places = parseWindowState(saved);
  for (const place of places) {
    const display = displayOf(place, displays);
    if (display) return { bounds: placeOn(place, display), maximized: place.maximized };
  }
  const latest = places[0];
  if (latest) return { bounds: placeOn(latest, primary), maximized: latest.maximized };
  const size = fitSize(WINDOW_DEFAULT_SIZE, primary.workArea);
  const area = primary.workArea;
  const centred = {
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
    ...size,
  };
  return { bounds: clampInto(centred, area), maximized: false };
}

/** The saved state with the window's place on `display` as the most recent; older places on other displays kept. */
export function recordWindowPlace(
  saved: unknown,
  window: { bounds: Rect; maximized: boolean },
  display: Pick<DisplayInfo, 'id' | 'bounds'>,
): SavedWindowState {
  const place: WindowPlace = {
    display: { id: display.id, bounds: { ...display.bounds } },
    bounds: roundRect(window.bounds),
    maximized: window.maximized,
  };
  const others = parseWindowState(saved).filter((old) => old.display.id !== display.id);
  return { version: 1, places: [place, ...others].slice(0, DISPLAYS_REMEMBERED) };
}

function displayOf(place: WindowPlace, displays: readonly DisplayInfo[]): DisplayInfo | undefined {
  return (
    displays.find((display) => display.id === place.display.id) ??
    displays.find((display) => sameRect(display.bounds, place.display.bounds))
  );
}

/** The place moved onto `display`: the same offset from the corner of the display it was saved on. */
function placeOn(place: WindowPlace, display: DisplayInfo): Rect {
  const moved = {
    x: display.bounds.x + (place.bounds.x - place.display.bounds.x),
    y: display.bounds.y + (place.bounds.y - place.display.bounds.y),
    ...fitSize(place.bounds, display.workArea),
  };
  return clampInto(roundRect(moved), display.workArea);
}

/** At least the minimum size; at most the work area, unless the work area is smaller than the minimum. */
function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.max(WINDOW_MIN_SIZE.width, Math.min(size.width, area.width))),
    height: Math.round(Math.max(WINDOW_MIN_SIZE.height, Math.min(size.height, area.height))),
  };
}

/** Moved (not resized) so the whole window is inside the area; a window larger than the area sits at its corner. */
function clampInto(rect: Rect, area: Rect): Rect {
  const x = Math.max(area.x, Math.min(rect.x, area.x + area.width - rect.width));
  const y = Math.max(area.y, Math.min(rect.y, area.y + area.height - rect.height));
  return { ...rect, x, y };
}

const roundRect = (rect: Rect): Rect => ({
  x: Math.round(rect.x),
  y: Math.round(rect.y),
  width: Math.round(rect.width),
  height: Math.round(rect.height),
});

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
