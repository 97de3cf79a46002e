/**
 * CPU credit options of burstable performance instances: DescribeInstanceCreditSpecifications,
 * ModifyInstanceCreditSpecification and RunInstances' `CreditSpecification`. The credit balance, usage
 * and surplus are `cpuCredits.ts`'s, which observes the option on the instance record.
 *
 * Rules (read 2026-12-06):
 * - defaults: "Default: standard (T2 instances) or unlimited (T3/T3a/T4g instances). For T3 instances with
 *   host tenancy, only standard is supported." (SDK `RunInstancesRequest.CreditSpecification`); later T
 *   generations are taken as T3's (unverified); the host-tenancy rule and the account-level default
 *   (Get/ModifyDefaultCreditSpecification) are not modelled;
 * - "If you do not specify an instance ID, Amazon EC2 returns burstable performance instances with the
 *   unlimited credit option … If you specify one or more instance IDs, Amazon EC2 returns the credit
 *   option (standard or unlimited) of those instances. If you specify an instance ID that is not valid,
 *   such as an instance that is not a burstable performance instance, an error is returned." (API
 *   reference, DescribeInstanceCreditSpecifications); MaxResults 5–1000, not with InstanceIds; filter
 *   `instance-id`;
 * - a credit option on a type without credits: OBS "InstanceCreditSpecification.NotSupported: The m5.large
 *   instance type does not support T2 Unlimited." (RunInstances; hashicorp/terraform-provider-aws#5067, 2018).
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error, type Ec2Shapes, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { InstanceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { type CpuCredits, notSupported, parseCredits } from "./credits.js"
import { compileFilters, pageParams, paginate } from "./filters.js"

const out = (r: InstanceRecord): Ec2Shapes.InstanceCreditSpecification => ({ InstanceId: r.InstanceId, CpuCredits: r.CpuCredits! })

/** DescribeInstanceCreditSpecifications (see the module comment). */
export const describeInstanceCreditSpecifications = (w: World, req: Ec2Shapes.DescribeInstanceCreditSpecificationsRequest) =>
  Effect.gen(function*() {
    const ids = req.InstanceIds ?? []
    const p = yield* pageParams(req, { min: 5, max: 1000, idsParameter: "instanceId", idsGiven: ids.length > 0 })
    const matches = yield* compileFilters<InstanceRecord>(req.Filters, { "instance-id": (_w, r) => [r.InstanceId] }, (r) => r.InstanceId)
    let items: Array<InstanceRecord>
    if (ids.length > 0) {
      items = []
      for (const id of new Set(ids)) {
        const r = w.get("instances", id)
        if (r === undefined) return yield* Effect.fail(Identifier.notFound("instance", id))
        if (r.CpuCredits === undefined) {
          // "an instance that is not a burstable performance instance, an error is returned" (API reference);
          // code and text unverified: the NotSupported code of the same API's Modify
          return yield* Effect.fail(notSupported(r.InstanceType))
        }
        items.push(r)
      }
    } else items = [...w.all("instances")].filter((r) => r.CpuCredits === "unlimited")
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const page = paginate(items.filter((r) => matches(w, r)), p)
    return { InstanceCreditSpecifications: page.page.map(out), ...(page.NextToken !== undefined ? { NextToken: page.NextToken } : {}) }
  })

/**
 * ModifyInstanceCreditSpecification: each instance succeeds or is reported with the SDK's
 * `UnsuccessfulInstanceCreditSpecificationErrorCode` (unknown id, a type without credits, a terminated
 * instance: `IncorrectInstanceState`, text unverified). A credit option other than `standard`/`unlimited`
 * fails the whole request.
 */
export const modifyInstanceCreditSpecification = (w: World, req: Ec2Shapes.ModifyInstanceCreditSpecificationRequest) =>
  Effect.gen(function*() {
    const wanted: Array<readonly [string, CpuCredits]> = []
    for (const s of req.InstanceCreditSpecifications) wanted.push([s.InstanceId, yield* parseCredits(s.CpuCredits)])
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const ok: Array<Ec2Shapes.SuccessfulInstanceCreditSpecificationItem> = []
    const failed: Array<Ec2Shapes.UnsuccessfulInstanceCreditSpecificationItem> = []
    for (const [id, credits] of wanted) {
      const r = w.get("instances", id)
      if (r === undefined) {
        const e = Identifier.notFound("instance", id)
        failed.push({ InstanceId: id, Error: { Code: "InvalidInstanceID.NotFound", Message: e.reason.message } })
      } else if (r.CpuCredits === undefined) {
        failed.push({ InstanceId: id, Error: { Code: "InstanceCreditSpecification.NotSupported", Message: notSupported(r.InstanceType).reason.message } })
      } else if (r.Lifecycle.State === "terminated" || r.Lifecycle.State === "shutting-down") {
        failed.push({ InstanceId: id, Error: { Code: "IncorrectInstanceState", Message: `The instance '${id}' is not in a state from which its credit specification can be modified.` } })
      } else {
        w.put("instances", { ...r, CpuCredits: credits })
        ok.push({ InstanceId: id })
      }
    }
    return { SuccessfulInstanceCreditSpecifications: ok, UnsuccessfulInstanceCreditSpecifications: failed }
  })

/** The credit specification operations over an engine. */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "describeInstanceCreditSpecifications" | "modifyInstanceCreditSpecification"> => ({
  describeInstanceCreditSpecifications: (req) => engine.transact((w) => describeInstanceCreditSpecifications(w, req)),
  modifyInstanceCreditSpecification: (req) => engine.transact((w) => modifyInstanceCreditSpecification(w, req))
})
