import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as MetadataOptions from "@ec2kit/core/MetadataOptions"

const optionsArb: fc.Arbitrary<MetadataOptions.MetadataOptions> = fc.record({
  State: fc.constantFrom("pending", "applied"),
  HttpTokens: fc.constantFrom("optional", "required"),
  HttpPutResponseHopLimit: fc.integer({ min: 1, max: 64 }),
  HttpEndpoint: fc.constantFrom("enabled", "disabled"),
  HttpProtocolIpv6: fc.constantFrom("enabled", "disabled"),
  InstanceMetadataTags: fc.constantFrom("enabled", "disabled")
})

const requestArb: fc.Arbitrary<MetadataOptions.ModifyInstanceMetadataOptionsRequest> = fc.record(
  {
    HttpTokens: fc.constantFrom("optional", "required"),
    HttpPutResponseHopLimit: fc.integer({ min: 1, max: 64 }),
    HttpEndpoint: fc.constantFrom("enabled", "disabled"),
    HttpProtocolIpv6: fc.constantFrom("enabled", "disabled"),
    InstanceMetadataTags: fc.constantFrom("enabled", "disabled")
  },
  { requiredKeys: [] }
)

const fields = ["HttpTokens", "HttpPutResponseHopLimit", "HttpEndpoint", "HttpProtocolIpv6", "InstanceMetadataTags"] as const

const base: MetadataOptions.MetadataOptions = {
  State: "applied",
  HttpTokens: "optional",
  HttpPutResponseHopLimit: 1,
  HttpEndpoint: "enabled",
  HttpProtocolIpv6: "disabled",
  InstanceMetadataTags: "disabled"
}

const failure = <A>(r: Result.Result<A, { code: string; reason: { message: string } }>) =>
  Result.isFailure(r) ? [r.failure.code, r.failure.reason.message] : "succeeded"

describe("MetadataOptions.defaults / fromRunInstances", () => {
  it("service defaults without an AMI setting or account defaults", () => {
    expect(MetadataOptions.defaults()).toEqual({ ...base, State: "pending" })
    expect(MetadataOptions.fromRunInstances()).toEqual(Result.succeed({ ...base, State: "pending" }))
  })

  it("AMI ImdsSupport v2.0: HttpTokens required and hop limit 2", () => {
    expect(MetadataOptions.fromRunInstances(undefined, { imdsSupport: "v2.0" })).toEqual(
      Result.succeed({ ...base, State: "pending", HttpTokens: "required", HttpPutResponseHopLimit: 2 })
    )
  })

  it("account defaults take precedence over the AMI (User Guide example 1)", () => {
    const r = MetadataOptions.fromRunInstances(undefined, {
      imdsSupport: "v2.0",
      accountDefaults: { HttpPutResponseHopLimit: 1 }
    })
    expect(Result.isSuccess(r) && [r.success.HttpTokens, r.success.HttpPutResponseHopLimit]).toEqual(["required", 1])
  })

  it("launch parameters take precedence over the AMI (User Guide example 2)", () => {
    const r = MetadataOptions.fromRunInstances({ HttpTokens: "optional" }, {
      imdsSupport: "v2.0",
      accountDefaults: { HttpPutResponseHopLimit: 1 }
    })
    expect(Result.isSuccess(r) && [r.success.HttpTokens, r.success.HttpPutResponseHopLimit]).toEqual(["optional", 1])
  })

  it("account V1-or-V2 default wins over an ImdsSupport v2.0 AMI; no-preference falls through", () => {
    const a = MetadataOptions.defaults({ imdsSupport: "v2.0", accountDefaults: { HttpTokens: "optional" } })
    const b = MetadataOptions.defaults({
      imdsSupport: "v2.0",
      accountDefaults: { HttpTokens: "no-preference", HttpPutResponseHopLimit: -1, HttpEndpoint: "no-preference" }
    })
    const c = MetadataOptions.defaults({ accountDefaults: { HttpEndpoint: "disabled", InstanceMetadataTags: "enabled" } })
    expect([a.HttpTokens, b.HttpTokens, b.HttpPutResponseHopLimit, b.HttpEndpoint]).toEqual(["optional", "required", 2, "enabled"])
    expect([c.HttpEndpoint, c.InstanceMetadataTags, c.HttpProtocolIpv6]).toEqual(["disabled", "enabled", "disabled"])
  })

  it("every member given at launch wins over every default (property)", () => {
    fc.assert(
      fc.property(requestArb, fc.boolean(), (req, amiV2) => {
        const r = MetadataOptions.fromRunInstances(req, amiV2 ? { imdsSupport: "v2.0" } : {})
        expect(Result.isSuccess(r)).toBe(true)
        if (Result.isSuccess(r)) {
          const d = MetadataOptions.defaults(amiV2 ? { imdsSupport: "v2.0" } : {})
          for (const f of fields) expect(r.success[f]).toBe(req[f] ?? d[f])
          expect(r.success.State).toBe("pending")
        }
      }),
      { numRuns: 1000 }
    )
  })
})

describe("MetadataOptions.modify", () => {
  it("never changes unspecified fields and sets State pending (property)", () => {
    fc.assert(
      fc.property(optionsArb, requestArb, (current, req) => {
        const r = MetadataOptions.modify(current, req)
        expect(Result.isSuccess(r)).toBe(true)
        if (Result.isSuccess(r)) {
          for (const f of fields) expect(r.success[f]).toBe(req[f] === undefined ? current[f] : req[f])
          expect(r.success.State).toBe("pending")
        }
      }),
      { numRuns: 2000 }
    )
  })

  it("accepts every hop limit inside 1-64 and rejects every number outside (property)", () => {
    fc.assert(
      fc.property(
        optionsArb,
        fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double(), fc.integer()),
        (current, hop) => {
          const r = MetadataOptions.modify(current, { HttpPutResponseHopLimit: hop })
          const inside = Number.isInteger(hop) && hop >= 1 && hop <= 64
          expect(Result.isSuccess(r)).toBe(inside)
          expect(MetadataOptions.isValidHopLimit(hop)).toBe(inside)
          if (Result.isFailure(r)) expect(r.failure.code).toBe("InvalidParameterValue")
          const launch = MetadataOptions.fromRunInstances({ HttpPutResponseHopLimit: hop })
          expect(Result.isSuccess(launch)).toBe(inside)
        }
      ),
      { numRuns: 2000 }
    )
  })

  it("rejects any enum value outside AWS's values (property)", () => {
    const valid: Record<string, ReadonlyArray<string>> = {
      HttpTokens: ["optional", "required"],
      HttpEndpoint: ["enabled", "disabled"],
      HttpProtocolIpv6: ["enabled", "disabled"],
      InstanceMetadataTags: ["enabled", "disabled"]
    }
    fc.assert(
      fc.property(
        optionsArb,
        fc.constantFrom("HttpTokens", "HttpEndpoint", "HttpProtocolIpv6", "InstanceMetadataTags"),
        fc.oneof(fc.string(), fc.constantFrom("Enabled", "REQUIRED", "", "no-preference", "v2.0")),
        (current, field, value) => {
          const r = MetadataOptions.modify(current, { [field]: value })
          expect(Result.isSuccess(r)).toBe(valid[field]!.includes(value))
        }
      ),
      { numRuns: 1000 }
    )
  })

  it("error: hop limit out of range (code and message; text unverified)", () => {
    expect(failure(MetadataOptions.modify(base, { HttpPutResponseHopLimit: 65 }))).toEqual([
      "InvalidParameterValue",
      "A value of '65' is not valid for HttpPutResponseHopLimit. Specify a value between 1 and 64 and try again."
    ])
    expect(failure(MetadataOptions.fromRunInstances({ HttpPutResponseHopLimit: 0 }))).toEqual([
      "InvalidParameterValue",
      "A value of '0' is not valid for HttpPutResponseHopLimit. Specify a value between 1 and 64 and try again."
    ])
  })

  it("error: HttpEndpoint '' (AWS's observed text)", () => {
    expect(failure(MetadataOptions.fromRunInstances({ HttpTokens: "required", HttpEndpoint: "" }))).toEqual([
      "InvalidParameterValue",
      "A value of '' is not valid for HttpEndpoint. Specify either 'enabled' or 'disabled' and try again."
    ])
  })

  it("error: HttpTokens, HttpProtocolIpv6, InstanceMetadataTags unknown values", () => {
    expect(failure(MetadataOptions.modify(base, { HttpTokens: "always" }))).toEqual([
      "InvalidParameterValue",
      "A value of 'always' is not valid for HttpTokens. Specify either 'optional' or 'required' and try again."
    ])
    expect(failure(MetadataOptions.modify(base, { HttpProtocolIpv6: "on" }))).toEqual([
      "InvalidParameterValue",
      "A value of 'on' is not valid for HttpProtocolIpv6. Specify either 'enabled' or 'disabled' and try again."
    ])
    expect(failure(MetadataOptions.modify(base, { InstanceMetadataTags: "yes" }))).toEqual([
      "InvalidParameterValue",
      "A value of 'yes' is not valid for InstanceMetadataTags. Specify either 'enabled' or 'disabled' and try again."
    ])
  })

  it("an empty modification keeps every value and only sets pending; applied() flips the state", () => {
    const r = MetadataOptions.modify(base, { InstanceId: "i-1" })
    expect(r).toEqual(Result.succeed({ ...base, State: "pending" }))
    if (Result.isSuccess(r)) expect(MetadataOptions.applied(r.success)).toEqual(base)
  })

  it("HttpTokens optional is allowed on an instance launched from an ImdsSupport v2.0 AMI", () => {
    const launched = MetadataOptions.defaults({ imdsSupport: "v2.0" })
    const r = MetadataOptions.modify(launched, { HttpTokens: "optional" })
    expect(Result.isSuccess(r) && r.success.HttpTokens).toBe("optional")
  })
})

describe("MetadataOptions.authorize", () => {
  const expected = (endpoint: string, tokens: string, hasToken: boolean, tokenValid: boolean): string => {
    if (endpoint === "disabled") return "EndpointDisabled"
    if (hasToken) return tokenValid ? "Allowed:v2" : "Unauthorized:InvalidToken"
    return tokens === "required" ? "Unauthorized:MissingToken" : "Allowed:v1"
  }
  const show = (a: MetadataOptions.Authorization): string =>
    a._tag === "Allowed" ? `Allowed:${a.version}` : a._tag === "Unauthorized" ? `Unauthorized:${a.reason}` : a._tag

  it("truth table holds for all combinations (property)", () => {
    fc.assert(
      fc.property(optionsArb, fc.boolean(), fc.boolean(), (options, hasToken, tokenValid) => {
        const a = MetadataOptions.authorize({ options, hasToken, tokenValid })
        expect(show(a)).toBe(expected(options.HttpEndpoint, options.HttpTokens, hasToken, tokenValid))
      }),
      { numRuns: 1000 }
    )
  })

  it("explicit table", () => {
    const rows: Array<[MetadataOptions.EndpointState, MetadataOptions.HttpTokensState, boolean, boolean, string]> = [
      ["disabled", "required", true, true, "EndpointDisabled"],
      ["disabled", "optional", false, false, "EndpointDisabled"],
      ["enabled", "required", false, false, "Unauthorized:MissingToken"],
      ["enabled", "required", true, false, "Unauthorized:InvalidToken"],
      ["enabled", "required", true, true, "Allowed:v2"],
      ["enabled", "optional", false, false, "Allowed:v1"],
      ["enabled", "optional", true, false, "Unauthorized:InvalidToken"],
      ["enabled", "optional", true, true, "Allowed:v2"]
    ]
    for (const [HttpEndpoint, HttpTokens, hasToken, tokenValid, want] of rows) {
      expect(show(MetadataOptions.authorize({ options: { HttpEndpoint, HttpTokens }, hasToken, tokenValid }))).toBe(want)
    }
  })
})
