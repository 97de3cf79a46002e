import { expect } from "vitest"

/**
 * Asserts two bills are the same, to the last bit: a world replayed from its state file lists its records
 * in another order than the live world, and the meter sums in a canonical order so that this cannot show
 * (it once did: 2.9986111111111113 and 2.998611111111111 hours).
 */
export const expectSameBill = (actual: unknown, expected: unknown, at = "bill"): void => {
  expect(actual, at).toStrictEqual(expected)
}
