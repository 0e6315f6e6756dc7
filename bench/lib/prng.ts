/**
 * Deterministic randomness for the benchmark graphs: a 32-bit hash for per-node attributes
 * (attribute i of a node depends only on the seed and i, so any table can be generated alone and
 * in any order) and a small sequential generator for variable-length lists. No Math.random.
 */

/** A 32-bit mix of up to three integers (murmur3's finaliser over a running combination). */
export function hash(a: number, b = 0, c = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ Math.imul(c, 0x27d4eb2f), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stable 32-bit hash of a string (FNV-1a), for naming seed streams. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A uniform number in [0, 1) from a stream seed, a node index and a slot. */
export function unit(seed: number, i: number, slot = 0): number {
  return hash(seed, i, slot) / 4294967296;
}

/**
 * Index in [0, n) with probability roughly ∝ 1 / (index + 1)^s (a bounded Zipf law, sampled by
 * inverting the continuous power law): index 0 is the most popular.
 */
export function zipfIndex(n: number, s: number, u: number): number {
  if (n <= 1) return 0;
  let x: number;
  if (Math.abs(s - 1) < 1e-9) {
    x = Math.pow(n + 1, u);
  } else {
    const e = 1 - s;
    x = Math.pow(1 + u * (Math.pow(n + 1, e) - 1), 1 / e);
  }
  const index = Math.floor(x) - 1;
  return index < 0 ? 0 : index >= n ? n - 1 : index;
}

/**
 * A heavy-tailed count: a Pareto law with minimum `min` and tail exponent `alpha` (mean
 * min·alpha/(alpha−1) before the cap), rounded down and capped.
 */
export function paretoCount(min: number, alpha: number, cap: number, u: number): number {
  const value = Math.floor(min * Math.pow(1 - u, -1 / alpha));
  return value > cap ? cap : value;
}

/** mulberry32: a small, fast sequential generator, seeded from a stream and an index. */
export class Rng {
  private state: number;

  constructor(seed: number, index = 0) {
    this.state = hash(seed, index, 0x5eed) | 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  zipf(n: number, s: number): number {
    return zipfIndex(n, s, this.next());
  }
}
