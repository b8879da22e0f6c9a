/** Saved window bounds, restored only where they are still on a connected display. */
export type Bounds = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};
export type WindowState = { readonly bounds: Bounds; readonly maximized: boolean };

/** At least this much of the window must be on a screen, so its title bar can be grabbed. */
const MIN_VISIBLE = 120;

function isBounds(v: unknown): v is Bounds {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof b[k] === 'number' && Number.isFinite(b[k]));
}

export function readWindowState(v: unknown): WindowState | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  return isBounds(s.bounds) ? { bounds: s.bounds, maximized: s.maximized === true } : null;
}

/** The saved bounds if enough of them overlaps one of the displays' work areas, else null. */
export function visibleBounds(saved: Bounds, displays: readonly Bounds[]): Bounds | null {
  if (saved.width < 400 || saved.height < 300) return null;
  const fits = displays.some((d) => {
    const w = Math.min(saved.x + saved.width, d.x + d.width) - Math.max(saved.x, d.x);
    const h = Math.min(saved.y + saved.height, d.y + d.height) - Math.max(saved.y, d.y);
    return w >= MIN_VISIBLE && h >= MIN_VISIBLE;
  });
  return fits ? saved : null;
}
