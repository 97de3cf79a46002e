/**
 * Key generation that can start before the rest of the program is loaded: the executable calls
 * `prewarm()` first thing, so the RSA-2048 search (100–300 ms on a thread-pool thread) overlaps
 * with loading the CLI. `Signing.make` takes the prewarmed keys once, then generates its own.
 * No `effect` import here, on purpose: this module must be cheap to load.
 */
import * as crypto from "node:crypto"

type Kind = "rsa" | "dsa"
const pending = new Map<Kind, Promise<crypto.KeyObject>>()

/** Starts generating a key of the given kind on Node's thread pool. */
export const generate = (kind: Kind): Promise<crypto.KeyObject> =>
  new Promise((resolve, reject) => {
    const done = (err: Error | null, _pub: crypto.KeyObject, priv: crypto.KeyObject) => (err ? reject(err) : resolve(priv))
    if (kind === "rsa") crypto.generateKeyPair("rsa", { modulusLength: 2048 }, done)
    // AWS's DSA certificate for `pkcs7` is 1024-bit, and `pkcs7` is signed with SHA-1.
    else crypto.generateKeyPair("dsa", { modulusLength: 1024, divisorLength: 160 }, done)
  })

/** Starts generating both keys now. */
export const prewarm = (): void => {
  for (const kind of ["rsa", "dsa"] as const) {
    if (!pending.has(kind)) {
      const p = generate(kind)
      p.catch(() => {}) // reported when taken
      pending.set(kind, p)
    }
  }
}

/** A prewarmed key (once), else a fresh one. */
export const take = (kind: Kind): Promise<crypto.KeyObject> => {
  const p = pending.get(kind)
  if (p === undefined) return generate(kind)
  pending.delete(kind)
  return p
}
