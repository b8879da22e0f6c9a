/**
 * Saved window bounds, restored only where they are still on a connected display: a window
 * saved on an unplugged second monitor would otherwise open where no one can see or reach it.
 * Pure, so it is tested without Electron; windowState.ts does the storing.
 */
export type Bounds = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

export type WindowState = { readonly bounds: Bounds; readonly maximized: boolean };

/** How much of the window must be on one display, so its title bar can still be grabbed. */
export const MIN_VISIBLE = 120;
/** Saved sizes below this are a mistake, not a preference. */
export const MIN_SIZE = { width: 400, height: 300 } as const;

function isBounds(v: unknown): v is Bounds {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof b[k] === 'number' && Number.isFinite(b[k]));
}

/** Reads what was stored under the window key; anything malformed is null. */
export function readWindowState(v: unknown): WindowState | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  if (!isBounds(s.bounds)) return null;
  const { x, y, width, height } = s.bounds;
  return { bounds: { x, y, width, height }, maximized: s.maximized === true };
}

/**
 * The saved bounds if their top edge (where the title bar is) overlaps one display's work area
 * by at least MIN_VISIBLE in both directions, else null (the window then opens centred).
 */
export function visibleBounds(saved: Bounds, displays: readonly Bounds[]): Bounds | null {
  if (saved.width < MIN_SIZE.width || saved.height < MIN_SIZE.height) return null;
  const onScreen = displays.some((d) => {
    const w = Math.min(saved.x + saved.width, d.x + d.width) - Math.max(saved.x, d.x);
    const titleBarVisible = saved.y >= d.y && saved.y <= d.y + d.height - MIN_VISIBLE;
    return w >= MIN_VISIBLE && titleBarVisible;
  });
  return onScreen ? saved : null;
}
