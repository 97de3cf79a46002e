import { expect } from "vitest"

/**
 * Asserts two bills (or any JSON values) are the same but for the last bits of their numbers: a world
 * replayed from its state file keeps its records in another order than the live world, and the meter's
 * sums come out a few ulps apart (e.g. 2.9986111111111113 and 2.998611111111111 hours).
 */
export const expectSameBill = (actual: unknown, expected: unknown, at = "bill"): void => {
  if (typeof actual === "number" && typeof expected === "number") {
    expect(Math.abs(actual - expected), at).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)))
  } else if (Array.isArray(actual) && Array.isArray(expected)) {
    expect(actual.length, at).toBe(expected.length)
    actual.forEach((a, i) => expectSameBill(a, expected[i], `${at}[${i}]`))
  } else if (typeof actual === "object" && actual !== null && typeof expected === "object" && expected !== null) {
    expect(Object.keys(actual).sort(), at).toEqual(Object.keys(expected).sort())
    for (const [k, v] of Object.entries(actual)) expectSameBill(v, (expected as Record<string, unknown>)[k], `${at}.${k}`)
  } else {
    expect(actual, at).toEqual(expected)
  }
}
