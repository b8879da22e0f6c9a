/** A small seeded generator (mulberry32): the same seed gives the same workspace. */
export type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A UUIDv7-shaped id from the seed, at `ms`. */
  uuid(ms: number): string;
};

export function seeded(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (n: number) =>
    Array.from({ length: n }, () =>
      Math.floor(next() * 16)
        .toString(16)
        .slice(0, 1),
    ).join('');
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    uuid: (ms) => {
      const t = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
      const variant = (8 + Math.floor(next() * 4)).toString(16);
      return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
  };
}
