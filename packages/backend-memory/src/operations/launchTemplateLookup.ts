/**
 * Launch template lookups shared by the launch template operations (`launchTemplates.ts`) and
 * RunInstances (`launchTemplateMerge.ts`): names, the template a request names, the version a
 * `Version` names, AWS's errors for unknown ones, and the record ↔ request conversion of template data.
 * Rules and sources: `launchTemplates.ts`. (A module of its own so RunInstances does not import the
 * describe helpers, which import instances.ts: no import cycle.)
 *
 * @internal
 */
import { Effect, Result } from "effect"
import { Ec2Error, Identifier } from "@ec2kit/core"
import type { LaunchTemplateRecord, LaunchTemplateVersionRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"

/** Templates per Region (launch-template-restrictions, read 2026-12-06). */
export const MaxTemplates = 5_000
/** Versions per template (launch-template-restrictions, read 2026-12-06). */
export const MaxVersions = 10_000
/** Versions per DeleteLaunchTemplateVersions call (SDK `DeleteLaunchTemplateVersionsRequest.Versions`). */
export const MaxDeleteVersions = 200

const namePattern = /^[a-zA-Z0-9().\/_-]{3,128}$/

/** Whether a name is a valid launch template name (3–128 of `a-zA-Z0-9()./_-`). */
export const isValidName = (name: string): boolean => namePattern.test(name)

// OBS at create: "InvalidLaunchTemplateName.MalformedException | The specified launch template name is invalid. A launch
// template name must be between 3 and 125 characters, and may contain letters, numbers, and the following characters:
// ()./_." (awsdocs/aws-cloudformation-user-guide#132, 2019); the documented maximum (and the 2021 text below) is 128
export const malformedNameAtCreate = () =>
  Ec2Error.make(
    "InvalidLaunchTemplateName.MalformedException",
    "The specified launch template name is invalid. A launch template name must be between 3 and 128 characters, and may contain letters, numbers, and the following characters: - ( ) . / _."
  )
// OBS when a template is referenced by a bad name: "InvalidLaunchTemplateName.Malformed: A launch template name must be
// between 3 and 128 characters, and may contain letters, numbers, and the following characters: - ( ) . / _."
// (github-aws-runners/terraform-aws-github-runner#932, 2021)
export const malformedNameInReference = () =>
  Ec2Error.make(
    "InvalidLaunchTemplateName.Malformed",
    "A launch template name must be between 3 and 128 characters, and may contain letters, numbers, and the following characters: - ( ) . / _."
  )
// OBS: "Launch template name already in use." (github-aws-runners/terraform-aws-github-runner#1382)
export const duplicateName = () => Ec2Error.make("InvalidLaunchTemplateName.AlreadyExistsException", "Launch template name already in use.")
// OBS: getmoto/moto#5477 quoting the AWS CLI
export const nameNotFound = (name: string) =>
  Ec2Error.make("InvalidLaunchTemplateName.NotFoundException", `The specified launch template, with template name ${name}, does not exist.`)
// OBS: eksctl-io/eksctl#7786
export const versionNotFound = (version: string, id: string) =>
  Ec2Error.make("InvalidLaunchTemplateId.VersionNotFound", `Could not find the specified version ${version} for the launch template with ID ${id}.`)

/** How a request names a template: id or name (exactly one). */
export interface TemplateRef {
  readonly LaunchTemplateId?: string | undefined
  readonly LaunchTemplateName?: string | undefined
}

/**
 * The template a request names. Both or neither → the texts below are unverified (AWS documents "You must
 * specify either the launch template ID or the launch template name, but not both", SDK); codes as for
 * other exclusive members.
 */
export const findTemplate = (w: World, ref: TemplateRef): Effect.Effect<LaunchTemplateRecord, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    const { LaunchTemplateId: id, LaunchTemplateName: name } = ref
    if (id !== undefined && name !== undefined) {
      return yield* Ec2Error.fail(
        "InvalidParameterCombination",
        "You must specify either the launch template ID or launch template name in the request, but not both."
      )
    }
    if (id !== undefined) {
      const parsed = Identifier.parse("launchTemplate", id)
      if (Result.isFailure(parsed)) return yield* Effect.fail(parsed.failure)
      const r = w.get("launchTemplates", id)
      return r ?? (yield* Effect.fail(Identifier.notFound("launchTemplate", id)))
    }
    if (name !== undefined) {
      if (!isValidName(name)) return yield* Effect.fail(malformedNameInReference())
      const r = byName(w, name)
      return r ?? (yield* Effect.fail(nameNotFound(name)))
    }
    return yield* Ec2Error.fail("MissingParameter", "You must specify either the launch template ID or launch template name in the request.")
  })

/** The template of a name, if any. */
export const byName = (w: World, name: string): LaunchTemplateRecord | undefined => {
  for (const r of w.all("launchTemplates")) if (r.LaunchTemplateName === name) return r
  return undefined
}

/** The key of a version record. */
export const versionKey = (id: string, n: number) => `${id}:${n}`

/** The version a `Version` string names: a number, `$Latest`, `$Default`; absent = the default version. */
export const resolveVersion = (
  w: World,
  t: LaunchTemplateRecord,
  version: string | undefined
): Effect.Effect<LaunchTemplateVersionRecord, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    const n = version === undefined || version === "$Default"
      ? t.DefaultVersionNumber
      : version === "$Latest"
      ? t.LatestVersionNumber
      : /^[0-9]{1,9}$/.test(version)
      ? Number(version)
      : undefined
    const r = n === undefined ? undefined : w.get("launchTemplateVersions", versionKey(t.LaunchTemplateId, n))
    // a value that is no version number gets the same answer (text unverified for that case)
    return r ?? (yield* Effect.fail(versionNotFound(version ?? String(t.DefaultVersionNumber), t.LaunchTemplateId)))
  })

/** The versions of a template, in number order. */
export const versionsOf = (w: World, t: LaunchTemplateRecord): Array<LaunchTemplateVersionRecord> => {
  const out: Array<LaunchTemplateVersionRecord> = []
  for (let n = 1; n <= t.LatestVersionNumber; n++) {
    const v = w.get("launchTemplateVersions", versionKey(t.LaunchTemplateId, n))
    if (v !== undefined) out.push(v)
  }
  return out
}

// ------------------------------------------------------------------------------------------------
// data: request → record (plain) → response
// ------------------------------------------------------------------------------------------------

/**
 * Template data as plain record data: `undefined` members dropped, the one Date member of the model
 * (`InstanceMarketOptions.SpotOptions.ValidUntil`) as epoch milliseconds.
 */
export const toPlain = (u: unknown): unknown =>
  u instanceof Date
    ? u.getTime()
    : Array.isArray(u)
    ? u.map(toPlain)
    : u !== null && typeof u === "object"
    ? Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined).map(([k, v]) => [k, toPlain(v)]))
    : u

/** Stored data → the request shape again (ValidUntil back to a Date). */
export const fromPlain = (data: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const market = data["InstanceMarketOptions"] as { readonly SpotOptions?: { readonly ValidUntil?: number } } | undefined
  const until = market?.SpotOptions?.ValidUntil
  if (until === undefined) return { ...data }
  return { ...data, InstanceMarketOptions: { ...market, SpotOptions: { ...market!.SpotOptions, ValidUntil: new Date(until) } } }
}

/**
 * The template data a RunInstances `LaunchTemplate` names (its version resolved), for the merge;
 * the template's id and version number feed the `aws:ec2launchtemplate:*` tags.
 */
export const resolveForLaunch = (w: World, spec: { readonly LaunchTemplateId?: string | undefined; readonly LaunchTemplateName?: string | undefined; readonly Version?: string | undefined }) =>
  Effect.gen(function*() {
    const t = yield* findTemplate(w, spec)
    const v = yield* resolveVersion(w, t, spec.Version)
    return { LaunchTemplateId: t.LaunchTemplateId, VersionNumber: v.VersionNumber, Data: fromPlain(v.Data) }
  })
