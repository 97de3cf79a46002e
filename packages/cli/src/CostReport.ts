/**
 * `ec2kit cost`'s text: a bill (`@ec2kit/backend-memory` `Billing.Bill`) as a table, its line items
 * grouped by resource, each with its usage type, line item type, quantity and unit, rate and cost, a
 * subtotal per resource and the total, under the window and the price table's Region and date.
 *
 * Costs are printed to 4 decimal places (the bill's numbers are exact; AWS's invoice rounds to the
 * cent, its Cost and Usage Report keeps more digits); quantities and rates as they are, trimmed.
 *
 * @since 0.2.0
 */
import type { Billing } from "@ec2kit/backend-memory"

/** A number with at most `digits` decimals, without trailing zeros (`720`, `0.096`, `0.0104`). */
const trimmed = (n: number, digits: number): string => {
  const fixed = n.toFixed(digits)
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed
}

/**
 * A cost as printed: 4 decimal places.
 *
 * @since 0.2.0
 * @category formatting
 */
export const money = (usd: number): string => usd.toFixed(4)

/**
 * An instant as printed: ISO 8601 in UTC, without milliseconds when they are 0.
 *
 * @since 0.2.0
 * @category formatting
 */
export const instant = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, "Z")

/**
 * A window's length as printed: `30 days`, `36 hours`, `1 day 6 hours 5 minutes`, `90 seconds`.
 *
 * @since 0.2.0
 * @category formatting
 */
export const span = (ms: number): string => {
  const parts: Array<string> = []
  let rest = Math.max(0, Math.round(ms / 1000))
  for (const [unit, seconds] of [["day", 86_400], ["hour", 3_600], ["minute", 60], ["second", 1]] as const) {
    const n = Math.floor(rest / seconds)
    rest -= n * seconds
    if (n > 0) parts.push(`${n} ${unit}${n === 1 ? "" : "s"}`)
  }
  return parts.length === 0 ? "0 seconds" : parts.join(" ")
}

/** One row of the table: cells, left- or right-aligned per column. */
type Row = readonly [string, string, string, string, string, string]
const header: Row = ["RESOURCE / USAGE TYPE", "LINE ITEM TYPE", "QUANTITY", "RATE", "COST", "NOTE"]
const rightAligned = [false, false, true, true, true, false] as const

const render = (rows: ReadonlyArray<Row | undefined>): Array<string> => {
  const present = rows.filter((r): r is Row => r !== undefined)
  const widths = header.map((_, i) => Math.max(...present.map((r) => r[i]!.length)))
  return rows.map((r) =>
    r === undefined
      ? ""
      : r.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd()
  )
}

const note = (line: Billing.LineItem): string =>
  line.Unpriced !== undefined ? `unpriced: ${line.Unpriced}` : line.CoveredBy !== undefined ? `covered by ${line.CoveredBy}` : ""

/**
 * The bill as `ec2kit cost` prints it; `worldRegion` (default: the price table's) is the Region of the
 * world billed, and a note says when the table is another Region's.
 *
 * @example
 * ```ts
 * import { CostReport } from "@ec2kit/cli"
 * const text = CostReport.text({
 *   StartTime: 0, EndTime: 3_600_000, Region: "us-east-1", Currency: "USD", PriceTableDate: "2026-07-20",
 *   LineItems: [], Resources: [], Total: 0, UnpricedLineItems: 0
 * })
 * ```
 * @since 0.2.0
 * @category formatting
 */
export const text = (bill: Billing.Bill, worldRegion: string = bill.Region): string => {
  const title = [
    `Bill from ${instant(bill.StartTime)} to ${instant(bill.EndTime)} (${span(bill.EndTime - bill.StartTime)})`,
    `Prices: ${bill.Region}, price table of ${bill.PriceTableDate}, ${bill.Currency}`,
    ...(worldRegion === bill.Region ? [] : [`Note: the world is in ${worldRegion}, the prices are ${bill.Region}'s: pass ${worldRegion}'s with --prices`]),
    ""
  ]
  if (bill.LineItems.length === 0) return [...title, `No usage in this window. Total: ${money(0)} ${bill.Currency}`].join("\n")
  const byResource = new Map<string, Array<Billing.LineItem>>()
  for (const line of bill.LineItems) {
    const lines = byResource.get(line.ResourceId) ?? []
    lines.push(line)
    byResource.set(line.ResourceId, lines)
  }
  const rows: Array<Row | undefined> = [header]
  for (const resource of bill.Resources) {
    rows.push([`${resource.ResourceId} (${resource.ResourceType})`, "", "", "", money(resource.Cost), ""])
    for (const line of byResource.get(resource.ResourceId) ?? []) {
      rows.push([
        `  ${line.UsageType}`,
        line.LineItemType,
        `${trimmed(line.Quantity, 6)} ${line.Unit}`,
        line.Rate === undefined ? "-" : trimmed(line.Rate, 8),
        money(line.Cost),
        note(line)
      ])
    }
  }
  rows.push(undefined, [`TOTAL (${bill.Resources.length} resource${bill.Resources.length === 1 ? "" : "s"})`, "", "", "", money(bill.Total), bill.Currency])
  const unpriced = bill.UnpricedLineItems === 0
    ? []
    : ["", `${bill.UnpricedLineItems} line item${bill.UnpricedLineItems === 1 ? " is" : "s are"} unpriced (the price table has no rate for them): the total is a lower bound. Pass a table with --prices.`]
  return [...title, ...render(rows), ...unpriced].join("\n")
}
