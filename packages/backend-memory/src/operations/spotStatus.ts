/**
 * Spot Instance requests' status: AWS's messages per status code and the record update that sets a
 * state and status (with `UpdateTime`). Status messages marked OBS were seen in an AWS answer (source
 * named); the others are ours, in AWS's style (unverified).
 *
 * @internal
 */
import type { SpotInstanceRequestRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"

/** A request's state (SDK `SpotInstanceState`). */
export type SpotState = SpotInstanceRequestRecord["State"]

/** The maximum price as AWS prints it in messages ("0.001", "0.1294"): the shortest decimal. */
const short = (n: number) => String(Number(n.toFixed(6)))

/** AWS's status messages by code (see the module comment for which are observed). */
export const statusMessage = (code: string, r?: { readonly max?: number; readonly price?: number }): string => {
  switch (code) {
    // OBS "Your Spot request has been submitted for review, and is pending evaluation." (cloudfoundry/bosh#2399, 2022)
    case "pending-evaluation":
      return "Your Spot request has been submitted for review, and is pending evaluation."
    // OBS "Your spot request is fulfilled." (AWS CLI output of 2019 quoted in public repositories; the 2014 CLI example
    // capitalises "Spot")
    case "fulfilled":
      return "Your spot request is fulfilled."
    // OBS "Your Spot request price of 0.1294 is lower than the minimum required Spot request fulfillment price of 0.148."
    // (hashicorp/packer#7808, 2019; same shape in hashicorp/terraform#8189, 2016)
    case "price-too-low":
      return `Your Spot request price of ${short(r?.max ?? 0)} is lower than the minimum required Spot request fulfillment price of ${short(r?.price ?? 0)}.`
    case "capacity-not-available":
      return "There is no Spot capacity available that matches your request."
    case "not-scheduled-yet":
      return "Your Spot request will not be evaluated until its start date."
    case "schedule-expired":
      return "Your Spot request has expired because it was not fulfilled before its end date."
    case "canceled-before-fulfillment":
      return "Your Spot request was canceled before it was fulfilled."
    case "request-canceled-and-instance-running":
      return "Your Spot request is canceled, but your Spot Instance is still running."
    case "marked-for-termination":
      return "Your Spot Instance is marked for termination."
    case "marked-for-stop":
      return "Your Spot Instance is marked to be stopped."
    case "instance-terminated-by-price":
      return "Your Spot Instance was terminated because the Spot price rose above your maximum price."
    case "instance-terminated-no-capacity":
      return "Your Spot Instance was terminated because there is no Spot capacity available for it."
    case "instance-stopped-by-price":
      return "Your Spot Instance was stopped because the Spot price rose above your maximum price."
    case "instance-stopped-no-capacity":
      return "Your Spot Instance was stopped because there is no Spot capacity available for it."
    case "instance-stopped-by-user":
      return "Your Spot Instance was stopped by a user."
    case "instance-terminated-by-user":
      return "Your Spot Instance was terminated by a user."
    case "instance-terminated-by-service":
      return "Your stopped Spot Instance was terminated because its request was canceled."
    case "bad-parameters":
      return "One or more parameters of your Spot request are not valid."
    default:
      return code
  }
}

/** The request with a new state and status (UpdateTime now). */
export const withStatus = (
  w: World,
  r: SpotInstanceRequestRecord,
  state: SpotState,
  code: string,
  extra: Partial<SpotInstanceRequestRecord> = {},
  message?: string
): SpotInstanceRequestRecord => ({
  ...r,
  ...extra,
  State: state,
  Status: { Code: code, Message: message ?? statusMessage(code), UpdateTime: w.now }
})

/** Writes a new state/status unless nothing changes (so re-evaluations do not churn UpdateTime). */
export const setStatus = (w: World, r: SpotInstanceRequestRecord, state: SpotState, code: string, message?: string) => {
  const msg = message ?? statusMessage(code)
  if (r.State === state && r.Status.Code === code && r.Status.Message === msg) return r
  const next = withStatus(w, r, state, code, {}, msg)
  w.put("spotInstanceRequests", next)
  return next
}
