import * as ImdsToken from "@ec2kit/core/ImdsToken"
import { Effect, Layer } from "effect"
import type * as Scope from "effect/Scope"
import * as Config from "../src/Config.js"
import { Metadata } from "../src/Metadata.js"
import * as MetadataSource from "../src/Metadata.js"
import * as Server from "../src/Server.js"
import * as Signing from "../src/Signing.js"

/** One signer for a whole test file (key generation takes ~100 ms). */
let signer: Promise<Signing.Signer> | undefined
export const sharedSigner = () => (signer ??= Effect.runPromise(Signing.make()))

export const config = (json: unknown): Config.ConfigFile => {
  const r = Config.fromUnknown(json)
  if (r._tag === "Failure") throw new Error(r.failure.message)
  return r.success
}

/** Metadata + tokens for a config, with a fixed seed. */
export const metadataLayer = (json: unknown, s: Signing.Signer) =>
  Layer.effect(Metadata, MetadataSource.standalone(config(json), { seed: "test", signer: s })).pipe(
    Layer.provideMerge(ImdsToken.ImdsTokens.layer)
  )

/** A real server on 127.0.0.1, port 0, in the current scope. */
export const loopback = (): Effect.Effect<Server.ServerAddress, Server.ServerError, Metadata | Scope.Scope> =>
  Server.serve({ host: "127.0.0.1", port: 0 })

export interface Reply {
  readonly status: number
  readonly headers: Record<string, string | Array<string> | undefined>
  readonly body: string
}

/** A plain request with node:http (no client library), to the loopback server only. */
export const request = (
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {}
): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const url = new URL(base)
    if (url.hostname !== "127.0.0.1" && url.hostname !== "[::1]") throw new Error(`refusing to contact ${url.hostname}`)
    const req = (require_http()).request(
      { host: url.hostname.replace(/^\[|\]$/g, ""), port: Number(url.port), method, path, headers, agent: false },
      (res) => {
        const chunks: Array<Buffer> = []
        res.on("data", (c: Buffer) => chunks.push(c))
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }))
      }
    )
    req.on("error", reject)
    req.end()
  })

import * as httpModule from "node:http"
const require_http = () => httpModule
