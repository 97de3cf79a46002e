/**
 * A small seeded pseudo-random generator implementing Effect's `Random` service, whose whole state
 * is one 32-bit number stored in the world, so a snapshot captures it and a restored world goes on
 * generating the same ids.
 *
 * @internal
 */
import type { Random } from "effect"

/** mulberry32 step: returns [next state, value in [0, 2^32)]. */
const step = (s: number): readonly [number, number] => {
  const next = (s + 0x6d2b79f5) | 0
  let t = next
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return [next, (t ^ (t >>> 14)) >>> 0]
}

/** Hashes a seed (string or number) to a 32-bit initial state (FNV-1a). */
export const seedState = (seed: string | number): number => {
  const text = String(seed)
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** A mutable generator; `state` is read and written by the world. */
export class Rng implements Random.Random {
  constructor(public state: number) {}
  nextUint32(): number {
    const [s, v] = step(this.state)
    this.state = s
    return v
  }
  nextDoubleUnsafe(): number {
    // 53 random bits from two draws
    const hi = this.nextUint32() >>> 5
    const lo = this.nextUint32() >>> 6
    return (hi * 67108864 + lo) / 9007199254740992
  }
  nextIntUnsafe(): number {
    return Math.floor(this.nextDoubleUnsafe() * Number.MAX_SAFE_INTEGER)
  }
}
