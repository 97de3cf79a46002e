/**
 * Launch templates: Create/Describe/Modify/Delete LaunchTemplate(s), their versions, and the lookup
 * RunInstances uses (`resolveForLaunch`). The merge of a template's data into a RunInstances request
 * is `launchTemplateMerge.ts`; the merged request then goes through RunInstances' own validation.
 *
 * Rules (sources read 2026-12-06; /work/shared/docs/networking-facts.md §8):
 * - names: 3–128 of `a-zA-Z0-9()./_-`, unique per Region (the API reference's constraints for
 *   CreateLaunchTemplate's LaunchTemplateName as cited in awsdocs/aws-cloudformation-user-guide#132; AWS's
 *   2021 error text says the same, see launchTemplateLookup.ts);
 * - version 1 is created with the template and is its default and latest; numbers follow creation
 *   order and are never reused; versions are immutable; tags belong to the template ("Launch
 *   template restrictions" and "Manage launch template versions", EC2 User Guide);
 * - `Version`: a number, `$Latest` or `$Default`; omitted = the default version (SDK
 *   `LaunchTemplateSpecification`);
 * - 5,000 templates per Region and 10,000 versions per template (launch-template-restrictions);
 * - create-time checks are AWS's: name, duplicate, empty data, tag rules; other values are not fully
 *   validated until launch (launch template restrictions, as summarised in networking-facts §8):
 *   RunInstances validates them.
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error, type Ec2Shapes, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { LaunchTemplateRecord, LaunchTemplateVersionRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { compileFilters, type Extractors, iso, pageParams, paginate, tagsFor, tagsOut } from "./filters.js"
import {
  byName,
  duplicateName,
  findTemplate,
  fromPlain,
  isValidName,
  malformedNameAtCreate,
  malformedNameInReference,
  MaxDeleteVersions,
  MaxTemplates,
  MaxVersions,
  nameNotFound,
  resolveVersion,
  toPlain,
  versionKey,
  versionNotFound,
  versionsOf
} from "./launchTemplateLookup.js"

/** Resource types a template's `TagSpecifications` may name (SDK `LaunchTemplateTagSpecificationRequest`). */
const templateTagTypes = ["instance", "volume", "network-interface", "spot-instances-request"]

/**
 * AWS's create-time checks of template data: something given, and the template's tag specifications
 * (core's tag rules). Everything else is checked at launch, by RunInstances (see the module comment).
 */
const checkData = (data: Ec2Shapes.RequestLaunchTemplateDataInput) =>
  Effect.gen(function*() {
    if (Object.values(data).every((v) => v === undefined)) {
      // OBS: awsdocs/aws-cloudformation-user-guide#453 (2019)
      return yield* Ec2Error.fail(
        "MissingParameter",
        "No launch template data was provided. Launch template data is required to create a launch template."
      )
    }
    const specs = (data.TagSpecifications ?? []).map((s) => ({
      ...(s.ResourceType !== undefined ? { ResourceType: s.ResourceType } : {}),
      Tags: (s.Tags ?? []).map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }))
    }))
    yield* tagsFor(specs, templateTagTypes)
  })

const templateOut = (w: World, t: LaunchTemplateRecord): Ec2Shapes.LaunchTemplate => ({
  LaunchTemplateId: t.LaunchTemplateId,
  LaunchTemplateName: t.LaunchTemplateName,
  CreateTime: new Date(t.CreateTime),
  CreatedBy: t.CreatedBy,
  DefaultVersionNumber: t.DefaultVersionNumber,
  LatestVersionNumber: t.LatestVersionNumber,
  ...tagsOut(w, t.LaunchTemplateId)
})

const versionOut = (t: LaunchTemplateRecord, v: LaunchTemplateVersionRecord): Ec2Shapes.LaunchTemplateVersion => ({
  LaunchTemplateId: t.LaunchTemplateId,
  LaunchTemplateName: t.LaunchTemplateName,
  VersionNumber: v.VersionNumber,
  ...(v.VersionDescription !== undefined ? { VersionDescription: v.VersionDescription } : {}),
  CreateTime: new Date(v.CreateTime),
  CreatedBy: t.CreatedBy,
  DefaultVersion: v.VersionNumber === t.DefaultVersionNumber,
  LaunchTemplateData: fromPlain(v.Data) as Ec2Shapes.ResponseLaunchTemplateData
})

// ------------------------------------------------------------------------------------------------
// operations
// ------------------------------------------------------------------------------------------------

const newTemplateId = (w: World) =>
  Effect.gen(function*() {
    for (;;) {
      const id = yield* Identifier.generate("launchTemplate")
      if (w.get("launchTemplates", id) === undefined) return id
    }
  })

const putVersion = (
  w: World,
  t: LaunchTemplateRecord,
  n: number,
  data: unknown,
  description: string | undefined
): LaunchTemplateVersionRecord => {
  const v: LaunchTemplateVersionRecord = {
    Key: versionKey(t.LaunchTemplateId, n),
    LaunchTemplateId: t.LaunchTemplateId,
    VersionNumber: n,
    ...(description !== undefined ? { VersionDescription: description } : {}),
    CreateTime: w.now,
    Data: toPlain(data) as Readonly<Record<string, unknown>>
  }
  w.put("launchTemplateVersions", v)
  return v
}

/** CreateLaunchTemplate. */
export const createLaunchTemplate = (w: World, req: Ec2Shapes.CreateLaunchTemplateRequest) =>
  Effect.gen(function*() {
    if (!isValidName(req.LaunchTemplateName)) return yield* Effect.fail(malformedNameAtCreate())
    if (byName(w, req.LaunchTemplateName) !== undefined) return yield* Effect.fail(duplicateName())
    yield* checkData(req.LaunchTemplateData)
    const tags = (yield* tagsFor(
      (req.TagSpecifications ?? []).map((s) => ({
        ...(s.ResourceType !== undefined ? { ResourceType: s.ResourceType } : {}),
        Tags: (s.Tags ?? []).map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }))
      })),
      ["launch-template"]
    )).get("launch-template") ?? []
    if (w.count("launchTemplates") >= MaxTemplates) {
      // code DOCS (errors-overview); text unverified
      return yield* Ec2Error.fail("MaxTemplateLimitExceeded", `You've reached the maximum number of launch templates (${MaxTemplates}) for this Region.`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const t: LaunchTemplateRecord = {
      LaunchTemplateId: yield* newTemplateId(w),
      LaunchTemplateName: req.LaunchTemplateName,
      CreateTime: w.now,
      CreatedBy: `arn:aws:iam::${w.meta.AccountId}:root`,
      DefaultVersionNumber: 1,
      LatestVersionNumber: 1
    }
    w.put("launchTemplates", t)
    putVersion(w, t, 1, req.LaunchTemplateData, req.VersionDescription)
    if (tags.length > 0) w.setTags(t.LaunchTemplateId, tags)
    return { LaunchTemplate: templateOut(w, t) }
  })

/**
 * CreateLaunchTemplateVersion: "If you specify this parameter, the new version inherits the launch
 * parameters from the source version. If you specify additional launch parameters for the new version, they
 * overwrite any corresponding launch parameters inherited from the source version. If you omit this
 * parameter, the new version contains only the launch parameters that you specify for the new version."
 * (SDK `CreateLaunchTemplateVersionRequest.SourceVersion`, read 2026-12-06; overwritten per top-level member
 * here). The new version is the latest, not the default.
 */
export const createLaunchTemplateVersion = (w: World, req: Ec2Shapes.CreateLaunchTemplateVersionRequest) =>
  Effect.gen(function*() {
    const t = yield* findTemplate(w, req)
    const base = req.SourceVersion !== undefined ? fromPlain((yield* resolveVersion(w, t, req.SourceVersion)).Data) : {}
    const given = Object.fromEntries(Object.entries(req.LaunchTemplateData).filter(([, v]) => v !== undefined))
    if (req.SourceVersion === undefined) yield* checkData(req.LaunchTemplateData)
    else yield* checkData({ ...base, ...given } as Ec2Shapes.RequestLaunchTemplateDataInput)
    if (versionsOf(w, t).length >= MaxVersions) {
      // code DOCS (errors-overview); text unverified
      return yield* Ec2Error.fail(
        "MaxTemplateVersionLimitExceeded",
        `You've reached the maximum number of versions (${MaxVersions}) for the launch template ${t.LaunchTemplateId}.`
      )
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const n = t.LatestVersionNumber + 1
    const next: LaunchTemplateRecord = { ...t, LatestVersionNumber: n }
    w.put("launchTemplates", next)
    const v = putVersion(w, next, n, { ...base, ...given }, req.VersionDescription)
    return { LaunchTemplateVersion: versionOut(next, v) }
  })

const templateFilters: Extractors<LaunchTemplateRecord> = {
  "create-time": (_w, r) => [iso(r.CreateTime)],
  "launch-template-name": (_w, r) => [r.LaunchTemplateName]
}

/** DescribeLaunchTemplates: by ids or names (each must exist), filters, MaxResults 1–200 with NextToken. */
export const describeLaunchTemplates = (w: World, req: Ec2Shapes.DescribeLaunchTemplatesRequest) =>
  Effect.gen(function*() {
    const p = yield* pageParams(req, { min: 1, max: 200 })
    const matches = yield* compileFilters(req.Filters, templateFilters, (r) => r.LaunchTemplateId)
    let items: Array<LaunchTemplateRecord>
    if (req.LaunchTemplateIds !== undefined || req.LaunchTemplateNames !== undefined) {
      items = []
      for (const id of req.LaunchTemplateIds ?? []) items.push(yield* findTemplate(w, { LaunchTemplateId: id }))
      for (const name of req.LaunchTemplateNames ?? []) items.push(yield* findTemplate(w, { LaunchTemplateName: name }))
      items = [...new Map(items.map((r) => [r.LaunchTemplateId, r])).values()]
    } else items = [...w.all("launchTemplates")]
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const { NextToken, page } = { NextToken: undefined, ...paginate(items.filter((r) => matches(w, r)), p) }
    return { LaunchTemplates: page.map((r) => templateOut(w, r)), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

const versionFilters: Extractors<readonly [LaunchTemplateRecord, LaunchTemplateVersionRecord]> = {
  "create-time": (_w, [, v]) => [iso(v.CreateTime)],
  "ebs-optimized": (_w, [, v]) => [v.Data["EbsOptimized"] === undefined ? undefined : String(v.Data["EbsOptimized"])],
  "image-id": (_w, [, v]) => [v.Data["ImageId"] as string | undefined],
  "instance-type": (_w, [, v]) => [v.Data["InstanceType"] as string | undefined],
  "is-default-version": (_w, [t, v]) => [String(v.VersionNumber === t.DefaultVersionNumber)],
  "kernel-id": (_w, [, v]) => [v.Data["KernelId"] as string | undefined],
  "ram-disk-id": (_w, [, v]) => [v.Data["RamDiskId"] as string | undefined]
}

/** A version selector of DescribeLaunchTemplateVersions: a number, `$Latest` or `$Default`. */
const selectorNumber = (t: LaunchTemplateRecord, s: string): number | undefined =>
  s === "$Latest" ? t.LatestVersionNumber : s === "$Default" ? t.DefaultVersionNumber : /^[0-9]{1,9}$/.test(s) ? Number(s) : undefined

/**
 * DescribeLaunchTemplateVersions. With a template: `Versions` (numbers, `$Latest`, `$Default`; an
 * unknown one is `InvalidLaunchTemplateId.VersionNotFound`), `MinVersion`/`MaxVersion`, or every
 * version. Without: only `$Latest`/`$Default` are allowed, across all templates (SDK). Filters
 * `create-time`, `ebs-optimized`, `image-id`, `instance-type`, `is-default-version`, `kernel-id`,
 * `ram-disk-id` (SDK). MaxResults 1–200.
 */
export const describeLaunchTemplateVersions = (w: World, req: Ec2Shapes.DescribeLaunchTemplateVersionsRequest) =>
  Effect.gen(function*() {
    const p = yield* pageParams(req, { min: 1, max: 200 })
    const matches = yield* compileFilters(req.Filters, versionFilters, ([t, v]) => `${t.LaunchTemplateId}:${v.VersionNumber}`)
    const out: Array<readonly [LaunchTemplateRecord, LaunchTemplateVersionRecord]> = []
    const given = req.LaunchTemplateId !== undefined || req.LaunchTemplateName !== undefined
    const bound = (s: string | undefined, t: LaunchTemplateRecord) => s === undefined ? undefined : selectorNumber(t, s)
    if (given) {
      const t = yield* findTemplate(w, req)
      const all = versionsOf(w, t)
      if (req.Versions !== undefined && req.Versions.length > 0) {
        for (const s of req.Versions) {
          const n = selectorNumber(t, s)
          const v = n === undefined ? undefined : w.get("launchTemplateVersions", versionKey(t.LaunchTemplateId, n))
          if (v === undefined) return yield* Effect.fail(versionNotFound(s, t.LaunchTemplateId))
          if (!out.some(([, x]) => x === v)) out.push([t, v])
        }
      } else {
        const lo = bound(req.MinVersion, t) ?? 1
        const hi = bound(req.MaxVersion, t) ?? t.LatestVersionNumber
        for (const v of all) if (v.VersionNumber >= lo && v.VersionNumber <= hi) out.push([t, v])
      }
    } else {
      const selectors = req.Versions ?? []
      if (selectors.length === 0 || selectors.some((s) => s !== "$Latest" && s !== "$Default")) {
        // "To describe all the $Latest, $Default, or $Latest and $Default versions of all launch templates in your
        // account, you must omit this parameter [LaunchTemplateId/Name]" and Versions may then only hold those (SDK);
        // code and text unverified
        return yield* Ec2Error.fail(
          "MissingParameter",
          "You must specify a launch template ID or name unless the versions requested are $Latest or $Default."
        )
      }
      for (const t of w.all("launchTemplates")) {
        const ns = [...new Set(selectors.map((s) => selectorNumber(t, s)!))].sort((a, b) => a - b)
        for (const n of ns) {
          const v = w.get("launchTemplateVersions", versionKey(t.LaunchTemplateId, n))
          if (v !== undefined) out.push([t, v])
        }
      }
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const { NextToken, page } = { NextToken: undefined, ...paginate(out.filter((x) => matches(w, x)), p) }
    return { LaunchTemplateVersions: page.map(([t, v]) => versionOut(t, v)), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/** ModifyLaunchTemplate: `DefaultVersion` (a number; an unknown one is `InvalidLaunchTemplateId.VersionNotFound`). */
export const modifyLaunchTemplate = (w: World, req: Ec2Shapes.ModifyLaunchTemplateRequest) =>
  Effect.gen(function*() {
    const t = yield* findTemplate(w, req)
    let next = t
    if (req.DefaultVersion !== undefined) {
      // only a number names a version here (SDK ModifyLaunchTemplateRequest.DefaultVersion: "The version number")
      const v = /^[0-9]{1,9}$/.test(req.DefaultVersion) ? yield* resolveVersion(w, t, req.DefaultVersion) : undefined
      if (v === undefined) return yield* Effect.fail(versionNotFound(req.DefaultVersion, t.LaunchTemplateId))
      next = { ...t, DefaultVersionNumber: v.VersionNumber }
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    if (next !== t) w.put("launchTemplates", next)
    return { LaunchTemplate: templateOut(w, next) }
  })

/** DeleteLaunchTemplate: the template, every version and its tags. */
export const deleteLaunchTemplate = (w: World, req: Ec2Shapes.DeleteLaunchTemplateRequest) =>
  Effect.gen(function*() {
    const t = yield* findTemplate(w, req)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const out = templateOut(w, t)
    for (const v of versionsOf(w, t)) w.del("launchTemplateVersions", v.Key)
    w.del("launchTemplates", t.LaunchTemplateId)
    w.setTags(t.LaunchTemplateId, [])
    return { LaunchTemplate: out }
  })

type DeleteError = NonNullable<NonNullable<Ec2Shapes.DeleteLaunchTemplateVersionsResponseErrorItem["ResponseError"]>["Code"]>

/**
 * DeleteLaunchTemplateVersions: at most 200 versions; each one that cannot be deleted is reported in
 * `UnsuccessfullyDeletedLaunchTemplateVersions` with the SDK's `LaunchTemplateErrorCode`s (an unknown
 * template: every version fails with `launchTemplateIdDoesNotExist`/`…NameDoesNotExist`). The default
 * version cannot be deleted (delete the template instead): its code and text are unverified
 * (`unexpectedError`, strictest plausible).
 */
export const deleteLaunchTemplateVersions = (w: World, req: Ec2Shapes.DeleteLaunchTemplateVersionsRequest) =>
  Effect.gen(function*() {
    if (req.Versions.length > MaxDeleteVersions) {
      // SDK: "You can specify up to 200 launch template version numbers"; code and text unverified
      return yield* Effect.fail(Ec2Error.invalidValue(String(req.Versions.length), "LaunchTemplateVersion"))
    }
    if (req.LaunchTemplateId !== undefined && req.LaunchTemplateName !== undefined) yield* findTemplate(w, req)
    if (req.LaunchTemplateId === undefined && req.LaunchTemplateName === undefined) yield* findTemplate(w, req)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const failAll = (code: DeleteError, message: string) => ({
      SuccessfullyDeletedLaunchTemplateVersions: [],
      UnsuccessfullyDeletedLaunchTemplateVersions: req.Versions.map((s) => ({
        ...(req.LaunchTemplateId !== undefined ? { LaunchTemplateId: req.LaunchTemplateId } : {}),
        ...(req.LaunchTemplateName !== undefined ? { LaunchTemplateName: req.LaunchTemplateName } : {}),
        ...(/^[0-9]{1,9}$/.test(s) ? { VersionNumber: Number(s) } : {}),
        ResponseError: { Code: code, Message: message }
      }))
    })
    let t: LaunchTemplateRecord | undefined
    if (req.LaunchTemplateId !== undefined) {
      if (!Identifier.is("launchTemplate")(req.LaunchTemplateId)) {
        return failAll("launchTemplateIdMalformed", Identifier.malformedMessage("launchTemplate", req.LaunchTemplateId))
      }
      t = w.get("launchTemplates", req.LaunchTemplateId)
      if (t === undefined) return failAll("launchTemplateIdDoesNotExist", Identifier.kinds.launchTemplate.notFoundMessage(req.LaunchTemplateId))
    } else {
      const name = req.LaunchTemplateName!
      if (!isValidName(name)) return failAll("launchTemplateNameMalformed", malformedNameInReference().reason.message)
      t = byName(w, name)
      if (t === undefined) return failAll("launchTemplateNameDoesNotExist", nameNotFound(name).reason.message)
    }
    const ok: Array<Ec2Shapes.DeleteLaunchTemplateVersionsResponseSuccessItem> = []
    const failed: Array<Ec2Shapes.DeleteLaunchTemplateVersionsResponseErrorItem> = []
    const ids = { LaunchTemplateId: t.LaunchTemplateId, LaunchTemplateName: t.LaunchTemplateName }
    for (const s of req.Versions) {
      const n = /^[0-9]{1,9}$/.test(s) ? Number(s) : undefined
      const v = n === undefined ? undefined : w.get("launchTemplateVersions", versionKey(t.LaunchTemplateId, n))
      if (v === undefined) {
        failed.push({
          ...ids,
          ...(n !== undefined ? { VersionNumber: n } : {}),
          ResponseError: { Code: "launchTemplateVersionDoesNotExist", Message: versionNotFound(s, t.LaunchTemplateId).reason.message }
        })
      } else if (v.VersionNumber === t.DefaultVersionNumber) {
        failed.push({
          ...ids,
          VersionNumber: v.VersionNumber,
          ResponseError: { Code: "unexpectedError", Message: "Cannot delete the default version of a launch template. To delete the launch template, use DeleteLaunchTemplate." }
        })
      } else {
        w.del("launchTemplateVersions", v.Key)
        ok.push({ ...ids, VersionNumber: v.VersionNumber })
      }
    }
    return { SuccessfullyDeletedLaunchTemplateVersions: ok, UnsuccessfullyDeletedLaunchTemplateVersions: failed }
  })

/** The launch template operations over an engine. */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  | "createLaunchTemplate"
  | "createLaunchTemplateVersion"
  | "describeLaunchTemplates"
  | "describeLaunchTemplateVersions"
  | "modifyLaunchTemplate"
  | "deleteLaunchTemplate"
  | "deleteLaunchTemplateVersions"
> => ({
  createLaunchTemplate: (req) => engine.transact((w) => createLaunchTemplate(w, req)),
  createLaunchTemplateVersion: (req) => engine.transact((w) => createLaunchTemplateVersion(w, req)),
  describeLaunchTemplates: (req) => engine.transact((w) => describeLaunchTemplates(w, req)),
  describeLaunchTemplateVersions: (req) => engine.transact((w) => describeLaunchTemplateVersions(w, req)),
  modifyLaunchTemplate: (req) => engine.transact((w) => modifyLaunchTemplate(w, req)),
  deleteLaunchTemplate: (req) => engine.transact((w) => deleteLaunchTemplate(w, req)),
  deleteLaunchTemplateVersions: (req) => engine.transact((w) => deleteLaunchTemplateVersions(w, req))
})

