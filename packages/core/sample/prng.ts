/** A small seeded PRNG (mulberry32) so the sample and the generators are deterministic. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

/** Day arithmetic on YYYY-MM-DD strings, in UTC, so nothing depends on the machine's time zone. */
export const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
export const fromDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number): string => fromDay(toDay(iso) + n);
/** An Instant for a full date and an optional HH:MM time, written with Z. */
export const instant = (iso: string, time = '09:00'): string => `${iso}T${time}:00Z`;
