import { describe, expect, it } from 'vitest';
import { readWindowState, visibleBounds } from './windowBounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorRight = { x: 1920, y: 0, width: 2560, height: 1400 };
const monitorLeftHigher = { x: -1280, y: -300, width: 1280, height: 984 };

describe('visibleBounds', () => {
  const bounds = { x: 100, y: 80, width: 1280, height: 800 };

  it('restores bounds that are on a screen', () => {
    expect(visibleBounds(bounds, [laptop])).toEqual(bounds);
  });

  it('restores bounds on a second display, also at negative coordinates', () => {
    const right = { x: 2200, y: 100, width: 1600, height: 1000 };
    const left = { x: -1200, y: -250, width: 1000, height: 700 };
    expect(visibleBounds(right, [laptop, monitorRight])).toEqual(right);
    expect(visibleBounds(left, [laptop, monitorLeftHigher])).toEqual(left);
  });

  it('drops bounds on a display that has been unplugged', () => {
    expect(visibleBounds({ x: 2200, y: 100, width: 1600, height: 1000 }, [laptop])).toBeNull();
    expect(visibleBounds({ x: -1200, y: -250, width: 1000, height: 700 }, [laptop])).toBeNull();
  });

  it('drops bounds that leave too little of the window, or its title bar, on screen', () => {
    expect(visibleBounds({ ...bounds, x: 1850 }, [laptop])).toBeNull();
    expect(visibleBounds({ ...bounds, x: -1200 }, [laptop])).toBeNull();
    expect(visibleBounds({ ...bounds, y: -40 }, [laptop])).toBeNull();
    expect(visibleBounds({ ...bounds, y: 1000 }, [laptop])).toBeNull();
  });

  it('drops sizes too small to use', () => {
    expect(visibleBounds({ x: 10, y: 10, width: 100, height: 100 }, [laptop])).toBeNull();
  });

  it('drops everything when no display is known', () => {
    expect(visibleBounds(bounds, [])).toBeNull();
  });
});

describe('readWindowState', () => {
  it('reads well-formed saved state', () => {
    expect(readWindowState({ bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: true })).toEqual({
      bounds: { x: 1, y: 2, width: 800, height: 600 },
      maximized: true,
    });
  });

  it('keeps only the four numbers, and treats anything but true as not maximized', () => {
    expect(
      readWindowState({ bounds: { x: 1, y: 2, width: 800, height: 600, extra: 'x' }, maximized: 'yes' }),
    ).toEqual({ bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: false });
  });

  it.each([
    null,
    undefined,
    'x',
    [],
    {},
    { bounds: { x: '1', y: 2, width: 800, height: 600 } },
    {
      bounds: { x: 1, y: 2, width: Number.NaN, height: 600 },
    },
  ])('ignores %j', (v) => {
    expect(readWindowState(v)).toBeNull();
  });
});
