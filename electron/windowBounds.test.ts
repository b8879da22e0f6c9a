import { describe, expect, it } from 'vitest';
import { readWindowState, visibleBounds } from './windowBounds';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('window bounds', () => {
  it('restores bounds that are on a screen', () => {
    expect(visibleBounds({ x: 100, y: 80, width: 1280, height: 800 }, [screen])).toEqual({
      x: 100,
      y: 80,
      width: 1280,
      height: 800,
    });
  });

  it('drops bounds on a display that was unplugged, or too small to use', () => {
    expect(visibleBounds({ x: 2400, y: 100, width: 1280, height: 800 }, [screen])).toBeNull();
    expect(visibleBounds({ x: 1850, y: 100, width: 1280, height: 800 }, [screen])).toBeNull();
    expect(visibleBounds({ x: 10, y: 10, width: 100, height: 100 }, [screen])).toBeNull();
  });

  it('reads only well-formed saved state', () => {
    expect(readWindowState({ bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: true })).toEqual({
      bounds: { x: 1, y: 2, width: 800, height: 600 },
      maximized: true,
    });
    expect(readWindowState({ bounds: { x: '1' } })).toBeNull();
    expect(readWindowState(null)).toBeNull();
  });
});
