/**
 * IAM instance profiles and their EC2 associations: the profiles of the world (created through the
 * `Hypervisor`, since IAM is not part of the EC2 API), RunInstances' profile lookup, and the EC2
 * operations AssociateIamInstanceProfile, DescribeIamInstanceProfileAssociations,
 * ReplaceIamInstanceProfileAssociation and DisassociateIamInstanceProfile.
 *
 * Model (AWS: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateIamInstanceProfile.html
 * and the three sibling pages, read 2026-12):
 * - an association is `associating` → `associated` (delay `iamInstanceProfileAssociation`), and
 *   `disassociating` → `disassociated` (same delay); a `disassociated` one stays visible for the
 *   `instanceVanish` delay, then goes (how long AWS lists them is unverified);
 * - an instance has at most one association that is not `disassociated` ("You cannot associate more
 *   than one IAM instance profile with an instance", API reference); its `IamInstanceProfile` in
 *   DescribeInstances is that association's profile;
 * - Replace answers a new association id in `associating` (aws-cli example
 *   `replace-iam-instance-profile-association`, read 2026-12); the replaced association is
 *   `disassociated` at once (how AWS shows it meanwhile is unverified; strictest choice);
 * - RunInstances with a profile creates an association (`associating`); the instance's termination
 *   (shutting-down → terminated) disassociates it.
 *
 * @internal
 */
import { Effect, Result } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { IamInstanceProfileAssociationRecord, InstanceProfileRecord, InstanceRecord, TimerRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { compileFilters, type Extractors, pageParams, paginate } from "./filters.js"

const attempt = <A>(r: Result.Result<A, Ec2Error.Ec2Error>): Effect.Effect<A, Ec2Error.Ec2Error> =>
  Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)

// ------------------------------------------------------------------------------------------------
// Profiles (Hypervisor)
// ------------------------------------------------------------------------------------------------

/**
 * What `Hypervisor.createInstanceProfile` and the layer option `instanceProfiles` take (IAM
 * `CreateInstanceProfile` plus `AddRoleToInstanceProfile`).
 */
export interface InstanceProfileInput {
  readonly InstanceProfileName: string
  /** The role to put in the profile (roles are not modelled: any valid role name is accepted). */
  readonly RoleName?: string
  /** Default `/`. */
  readonly Path?: string
}

// IAM CreateInstanceProfile: InstanceProfileName 1–128 chars of [\w+=,.@-]; Path 1–512 chars,
// "/" or "/…/" of \u0021-\u007E — https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateInstanceProfile.html (read 2026-12).
// RoleName 1–64 chars of [\w+=,.@-] — https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddRoleToInstanceProfile.html (read 2026-12).
const NAME = /^[\w+=,.@-]+$/
const PATH = /^(\/|\/[\u0021-\u007E]+\/)$/

// IAM's constraint-violation text. OBS: "Aws::IAM::Errors::ValidationError: 1 validation error detected: Value
// '{:name=>"my-instance"}' at 'instanceProfileName' failed to satisfy constraint: Member must satisfy regular expression
// pattern: [\w+=,.@-]+" (aws/aws-sdk-ruby#1025, 2015, a maintainer confirming it came from the service, read 2026-12);
// the length wording is the same family's (unverified for IAM)
const validation = (value: string, member: string, constraint: string) =>
  Ec2Error.make("ValidationError", `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`)

const checkMember = (value: string, member: string, max: number, pattern: RegExp, patternText: string) =>
  value.length < 1 || value.length > max
    ? Effect.fail(validation(value, member, `Member must have length ${value.length < 1 ? "greater than or equal to 1" : `less than or equal to ${max}`}`))
    : pattern.test(value)
    ? Effect.void
    : Effect.fail(validation(value, member, `Member must satisfy regular expression pattern: ${patternText}`))

/** An IAM-like unique id: `AIPA` + 17 characters of `A–Z2–7` (unique in the world). */
const profileId = (w: World): string => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
  for (;;) {
    let id = "AIPA"
    for (let i = 0; i < 17; i++) id += alphabet[w.rng.nextUint32() & 31]
    if (![...w.all("instanceProfiles")].some((p) => p.InstanceProfileId === id)) return id
  }
}

/** Creates an instance profile (validates first; fails with IAM's errors). */
export const createInstanceProfile = (w: World, input: InstanceProfileInput) =>
  Effect.gen(function*() {
    const name = input.InstanceProfileName
    const path = input.Path ?? "/"
    yield* checkMember(name, "instanceProfileName", 128, NAME, "[\\w+=,.@-]+")
    yield* checkMember(path, "path", 512, PATH, "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)")
    if (input.RoleName !== undefined) yield* checkMember(input.RoleName, "roleName", 64, NAME, "[\\w+=,.@-]+")
    // names are unique per account, case-insensitively ("Names are not distinguished by case",
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html, read 2026-12);
    // text observed: "Instance Profile HA-Role-Pacemaker already exists." (ansible-collections/amazon.aws#2102, 2024-06)
    const lower = name.toLowerCase()
    if ([...w.all("instanceProfiles")].some((p) => p.InstanceProfileName.toLowerCase() === lower)) {
      return yield* Ec2Error.fail("EntityAlreadyExists", `Instance Profile ${name} already exists.`)
    }
    const record: InstanceProfileRecord = {
      InstanceProfileName: name,
      InstanceProfileId: profileId(w),
      Arn: `arn:aws:iam::${w.meta.AccountId}:instance-profile${path}${name}`,
      Path: path,
      Roles: input.RoleName !== undefined ? [input.RoleName] : [],
      CreateDate: w.now
    }
    w.put("instanceProfiles", record)
    return record
  })

/**
 * The profile an `IamInstanceProfileSpecification` names, with AWS's errors: both members →
 * `InvalidParameterCombination`; an unknown name or ARN → `InvalidParameterValue` (texts observed:
 * "Value (s3-access-for-ec2) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance
 * Profile name", CiscoDevNet/cloud-cml#4, 2023-07, and hashicorp/terraform-provider-aws#27516, 2022-10;
 * "Value (arn:aws:iam::561021084946:instance-profile/…) for parameter iamInstanceProfile.arn is
 * invalid. Invalid IAM Instance Profile ARN", lacework/go-sdk#1045 quoting AssociateIamInstanceProfile, 2022-12).
 * Neither member: treated as an empty name (strictest; unverified).
 */
export const resolveProfile = (w: World, spec: { readonly Arn?: string | undefined; readonly Name?: string | undefined }) =>
  Effect.gen(function*() {
    if (spec.Arn !== undefined && spec.Name !== undefined) {
      // OBS: "An error occurred (InvalidParameterCombination) when calling the RunInstances operation: The parameter
      // 'iamInstanceProfile.name' may not be used in combination with 'iamInstanceProfile.arn'" (aws/aws-cli#8058, 2023,
      // https://github.com/aws/aws-cli/issues/8058; aws/aws-sdk-java#647, 2016; read 2026-12)
      return yield* Ec2Error.fail(
        "InvalidParameterCombination",
        "The parameter 'iamInstanceProfile.name' may not be used in combination with 'iamInstanceProfile.arn'"
      )
    }
    if (spec.Arn !== undefined) {
      const arn = spec.Arn
      const found = [...w.all("instanceProfiles")].find((p) => p.Arn === arn)
      if (found === undefined) {
        return yield* Ec2Error.fail("InvalidParameterValue", `Value (${arn}) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN`)
      }
      return found
    }
    const name = spec.Name ?? ""
    const found = w.get("instanceProfiles", name)
    if (found === undefined) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Value (${name}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`)
    }
    return found
  })

// ------------------------------------------------------------------------------------------------
// Associations over the world
// ------------------------------------------------------------------------------------------------

/** Timer kinds of this module. */
const SETTLE = "iamInstanceProfile.settle"
const VANISH = "iamInstanceProfile.vanish"

/** A fresh `iip-assoc-` + 17 hex digits id (AWS's format, e.g. `iip-assoc-0db249b1f25fa24b8`). */
const associationId = (w: World): string => {
  for (;;) {
    let id = "iip-assoc-"
    for (let i = 0; i < 17; i++) id += (w.rng.nextUint32() & 15).toString(16)
    if (w.get("iamInstanceProfileAssociations", id) === undefined) return id
  }
}

const ASSOCIATION_ID = /^iip-assoc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/

/**
 * A malformed association id. Text observed for ReplaceIamInstanceProfileAssociation given an
 * instance id: "Invalid value for associationId." (aws/aws-cli#2570, 2017-04); used for every
 * operation here (unverified for the others).
 */
const malformedAssociation = () => Ec2Error.make("InvalidParameterValue", "Invalid value for associationId.")

/** An unknown association id; same text as Elastic IP associations (unverified for `iip-assoc-`). */
const unknownAssociation = (id: string) =>
  Ec2Error.make("InvalidAssociationID.NotFound", `The association ID '${id}' does not exist`)

/** The association of an instance that is not `disassociated` (at most one). */
export const currentAssociation = (w: World, instanceId: string): IamInstanceProfileAssociationRecord | undefined => {
  for (const a of w.all("iamInstanceProfileAssociations")) {
    if (a.InstanceId === instanceId && a.State !== "disassociated") return a
  }
  return undefined
}

const withProfile = (r: InstanceRecord, a: IamInstanceProfileAssociationRecord | undefined): InstanceRecord => {
  const { IamInstanceProfileArn: _a, IamInstanceProfileId: _i, ...rest } = r
  return a === undefined ? rest : { ...rest, IamInstanceProfileArn: a.InstanceProfileArn, IamInstanceProfileId: a.InstanceProfileId }
}

/** Makes the instance's `IamInstanceProfile` follow its current association. */
const syncInstance = (w: World, instanceId: string) => {
  const r = w.get("instances", instanceId)
  if (r === undefined) return
  const a = currentAssociation(w, instanceId)
  if (r.IamInstanceProfileArn === a?.InstanceProfileArn && r.IamInstanceProfileId === a?.InstanceProfileId) return
  w.put("instances", withProfile(r, a))
}

/**
 * Creates an `associating` association of a profile with an instance (no checks: callers validate)
 * and points the instance's `IamInstanceProfile` at it.
 */
export const associate = (w: World, instanceId: string, profile: InstanceProfileRecord): IamInstanceProfileAssociationRecord => {
  const a: IamInstanceProfileAssociationRecord = {
    AssociationId: associationId(w),
    InstanceId: instanceId,
    InstanceProfileArn: profile.Arn,
    InstanceProfileId: profile.InstanceProfileId,
    State: "associating",
    Timestamp: w.now
  }
  w.put("iamInstanceProfileAssociations", a)
  w.schedule(SETTLE, a.AssociationId, w.delay("iamInstanceProfileAssociation"))
  syncInstance(w, instanceId)
  return a
}

/** Ends an association at once (`disassociated`, then gone after the vanish delay). */
const end = (w: World, a: IamInstanceProfileAssociationRecord) => {
  w.cancelTimers(a.AssociationId)
  w.put("iamInstanceProfileAssociations", { ...a, State: "disassociated" })
  w.schedule(VANISH, a.AssociationId, w.delay("instanceVanish"))
}

/** The instance is terminated: its association ends and its `IamInstanceProfile` goes. */
export const instanceTerminated = (w: World, instanceId: string): void => {
  // the record mirrors its current association (syncInstance), so an instance without a profile has
  // none: skip the scan of all associations (a mass termination would otherwise be quadratic)
  if (w.get("instances", instanceId)?.IamInstanceProfileArn === undefined) return
  const a = currentAssociation(w, instanceId)
  if (a !== undefined) end(w, a)
  syncInstance(w, instanceId)
}

/** AWS's `IamInstanceProfileAssociation` shape of a record. */
export const toAssociation = (a: IamInstanceProfileAssociationRecord) => ({
  AssociationId: a.AssociationId,
  InstanceId: a.InstanceId,
  IamInstanceProfile: { Arn: a.InstanceProfileArn, Id: a.InstanceProfileId },
  State: a.State,
  Timestamp: new Date(a.Timestamp)
})

const findInstance = (w: World, id: string) =>
  Effect.gen(function*() {
    yield* attempt(Identifier.parse("instance", id))
    const r = w.get("instances", id)
    if (r === undefined) return yield* Effect.fail(Identifier.notFound("instance", id))
    return r
  })

const findAssociation = (w: World, id: string) =>
  Effect.gen(function*() {
    if (!ASSOCIATION_ID.test(id)) return yield* Effect.fail(malformedAssociation())
    const a = w.get("iamInstanceProfileAssociations", id)
    if (a === undefined) return yield* Effect.fail(unknownAssociation(id))
    return a
  })

/**
 * "The instance 'i-0b45100cbb116ce26' is not in the 'running' or 'stopped' states." — observed for
 * AssociateIamInstanceProfile (Enterprise-CMCS/eAPD#2304, 2020-06); the API reference allows a
 * "running or stopped instance" for Associate and Disassociate.
 */
const runningOrStopped = (r: InstanceRecord) => {
  const s = r.Lifecycle.State
  return s === "running" || s === "stopped"
    ? Effect.void
    : Ec2Error.fail("IncorrectInstanceState", `The instance '${r.InstanceId}' is not in the 'running' or 'stopped' states.`)
}

/**
 * "The association iip-assoc-07c83b48335ca848d is not the active association" — observed for
 * ReplaceIamInstanceProfileAssociation on a stopped instance (aws/aws-cli#5251, 2020-06; "Replaces an
 * IAM instance profile for the specified running instance", API reference). Used too for an
 * association that is not `associated` (unverified).
 */
const notActive = (id: string) => Ec2Error.fail("IncorrectState", `The association ${id} is not the active association`)

/** AssociateIamInstanceProfile. */
export const associateIamInstanceProfile = (
  w: World,
  req: { readonly InstanceId: string; readonly IamInstanceProfile: { readonly Arn?: string | undefined; readonly Name?: string | undefined } }
) =>
  Effect.gen(function*() {
    const r = yield* findInstance(w, req.InstanceId)
    const profile = yield* resolveProfile(w, req.IamInstanceProfile)
    yield* runningOrStopped(r)
    if (currentAssociation(w, r.InstanceId) !== undefined) {
      // observed: aws-samples/one-observability-demo#201 (2023-02), aws-samples/aws-cloud9-bootstrapping-example#5 (2022-11)
      return yield* Ec2Error.fail("IncorrectState", `There is an existing association for instance ${r.InstanceId}`)
    }
    return toAssociation(associate(w, r.InstanceId, profile))
  })

/** ReplaceIamInstanceProfileAssociation: a new `associating` association; the old one ends. */
export const replaceIamInstanceProfileAssociation = (
  w: World,
  req: { readonly AssociationId: string; readonly IamInstanceProfile: { readonly Arn?: string | undefined; readonly Name?: string | undefined } }
) =>
  Effect.gen(function*() {
    const old = yield* findAssociation(w, req.AssociationId)
    const profile = yield* resolveProfile(w, req.IamInstanceProfile)
    const r = w.get("instances", old.InstanceId)
    if (old.State !== "associated" || r === undefined || r.Lifecycle.State !== "running") return yield* notActive(old.AssociationId)
    end(w, old)
    return toAssociation(associate(w, old.InstanceId, profile))
  })

/** DisassociateIamInstanceProfile: `disassociating`, then `disassociated` after the delay. */
export const disassociateIamInstanceProfile = (w: World, req: { readonly AssociationId: string }) =>
  Effect.gen(function*() {
    const a = yield* findAssociation(w, req.AssociationId)
    // a disassociated association is gone as far as callers are concerned (strictest; unverified)
    if (a.State === "disassociated") return yield* Effect.fail(unknownAssociation(a.AssociationId))
    if (a.State === "disassociating") return yield* notActive(a.AssociationId)
    const r = w.get("instances", a.InstanceId)
    if (r !== undefined) yield* runningOrStopped(r)
    w.cancelTimers(a.AssociationId)
    const next: IamInstanceProfileAssociationRecord = { ...a, State: "disassociating" }
    w.put("iamInstanceProfileAssociations", next)
    w.schedule(SETTLE, a.AssociationId, w.delay("iamInstanceProfileAssociation"))
    return toAssociation(next)
  })

const extractors: Extractors<IamInstanceProfileAssociationRecord> = {
  "instance-id": (_, a) => [a.InstanceId],
  state: (_, a) => [a.State]
}

/**
 * DescribeIamInstanceProfileAssociations: `AssociationIds` (each must exist), filters `instance-id`
 * and `state` (SDK 3.1169.0 `DescribeIamInstanceProfileAssociationsRequest`), MaxResults 5–1000 with
 * NextToken ("Valid Range: Minimum value of 5. Maximum value of 1000",
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeIamInstanceProfileAssociations.html, read 2026-12);
 * AssociationIds with MaxResults is refused like DescribeInstances (unverified).
 */
export const describeIamInstanceProfileAssociations = (
  w: World,
  req: {
    readonly AssociationIds?: ReadonlyArray<string> | undefined
    readonly Filters?: ReadonlyArray<{ readonly Name?: string | undefined; readonly Values?: ReadonlyArray<string> | undefined }> | undefined
    readonly MaxResults?: number | undefined
    readonly NextToken?: string | undefined
  }
) =>
  Effect.gen(function*() {
    const ids = req.AssociationIds ?? []
    const page = yield* pageParams(req, { min: 5, max: 1000, idsParameter: "AssociationIds", idsGiven: ids.length > 0 })
    for (const id of ids) yield* findAssociation(w, id)
    const pred = yield* compileFilters(req.Filters, extractors, (a) => a.AssociationId)
    const wanted = ids.length > 0 ? new Set(ids) : undefined
    const matched = [...w.all("iamInstanceProfileAssociations")].filter((a) =>
      (wanted === undefined || wanted.has(a.AssociationId)) && pred(w, a)
    )
    const { page: items, ...next } = paginate(matched, page)
    return { IamInstanceProfileAssociations: items.map(toAssociation), ...next }
  })

// ------------------------------------------------------------------------------------------------
// Timers
// ------------------------------------------------------------------------------------------------

const settle = (w: World, t: TimerRecord) => {
  const a = w.get("iamInstanceProfileAssociations", t.Target)
  if (a === undefined) return
  if (a.State === "associating") w.put("iamInstanceProfileAssociations", { ...a, State: "associated" })
  else if (a.State === "disassociating") {
    end(w, a)
    syncInstance(w, a.InstanceId)
  }
}

const vanish = (w: World, t: TimerRecord) => {
  const a = w.get("iamInstanceProfileAssociations", t.Target)
  if (a !== undefined && a.State === "disassociated") w.del("iamInstanceProfileAssociations", a.AssociationId)
}

/** Timer handlers of this module, by kind. */
export const timers = {
  [SETTLE]: settle,
  [VANISH]: vanish
} as const

// ------------------------------------------------------------------------------------------------
// The Ec2 operations of this area
// ------------------------------------------------------------------------------------------------

/** The four EC2 IAM instance profile association operations over an engine, in AWS's shapes. */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  | "associateIamInstanceProfile"
  | "describeIamInstanceProfileAssociations"
  | "replaceIamInstanceProfileAssociation"
  | "disassociateIamInstanceProfile"
> => ({
  associateIamInstanceProfile: (req) =>
    engine.transact((w) =>
      Effect.map(associateIamInstanceProfile(w, req), (a) => ({ IamInstanceProfileAssociation: a }))
    ),
  describeIamInstanceProfileAssociations: (req) => engine.transact((w) => describeIamInstanceProfileAssociations(w, req)),
  replaceIamInstanceProfileAssociation: (req) =>
    engine.transact((w) =>
      Effect.map(replaceIamInstanceProfileAssociation(w, req), (a) => ({ IamInstanceProfileAssociation: a }))
    ),
  disassociateIamInstanceProfile: (req) =>
    engine.transact((w) =>
      Effect.map(disassociateIamInstanceProfile(w, req), (a) => ({ IamInstanceProfileAssociation: a }))
    )
})
