/**
 * Checks of decoded records before a `World` is built from them (snapshots, journal bases and
 * change sets): known tables, each record an object whose key is a string, and the fields the world's
 * indices read of the right kind. When these hold, building a world cannot throw; the rest of a
 * record is stored as it is (the formats are schema-free within a version).
 *
 * @internal
 */
import { keyOf, type TableName, tableNames } from "./Records.js"

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)
const isString = (v: unknown): v is string => typeof v === "string"
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v)
const optional = (v: unknown, is: (v: unknown) => boolean) => v === undefined || is(v)
const isStringPair = (v: unknown) => Array.isArray(v) && v.length === 2 && isString(v[0]) && isString(v[1])

/**
 * Per table, the fields the world reads while indexing a record (`World.indexIn`, its bulk load of
 * the instances, the timer heap, the generator state): when these hold, building a world from the
 * records cannot throw. The rest of a record is stored as it is (schema-free within a version).
 */
const indexedFields: { readonly [T in TableName]?: (r: Record<string, unknown>) => boolean } = {
  meta: (r) => isNumber(r.RngState) && isNumber(r.TimerSeq),
  tags: (r) => Array.isArray(r.Tags) && r.Tags.every(isStringPair),
  networkInterfaces: (r) =>
    isString(r.SubnetId) && isString(r.PrivateIpAddress) &&
    optional(r.SecondaryPrivateIpAddresses, (a) => Array.isArray(a) && a.every(isString)) &&
    optional(r.PublicIp, isString),
  addresses: (r) => isString(r.PublicIp),
  instances: (r) =>
    isObject(r.Lifecycle) && isString(r.Lifecycle.State) && isString(r.AvailabilityZone) && isString(r.InstanceType) &&
    optional(r.RackId, isNumber) && optional(r.HostId, isNumber),
  timers: (r) => isString(r.TimerId) && isNumber(r.DueAt) && isNumber(r.Seq) && isString(r.Kind) && isString(r.Target)
}

/**
 * Why `record` cannot be a record of `table` (`undefined` when it can): an object whose key is a
 * string, with the indexed fields of its table well-formed.
 */
export const checkRecord = (table: TableName, record: unknown): string | undefined => {
  if (!isObject(record)) return `a ${table} record is not an object`
  const key = (keyOf[table] as (r: unknown) => unknown)(record)
  if (!isString(key)) return `a ${table} record has no key`
  const fields = indexedFields[table]
  if (fields !== undefined && !fields(record)) return `the ${table} record '${key}' is malformed`
  return undefined
}

/** Why a decoded dump is not one (`undefined` when it is): known tables, well-formed records, one meta record. */
export const checkDumpWhy = (u: unknown): string | undefined => {
  if (!Array.isArray(u)) return "not a list of tables"
  let meta = 0
  for (const entry of u) {
    if (!Array.isArray(entry) || entry.length !== 2) return "a table entry is not [name, records]"
    const table = entry[0] as TableName
    if (!tableNames.includes(table)) return `unknown table '${String(table)}'`
    const rows = entry[1]
    if (!Array.isArray(rows)) return `the table '${table}' is not a list`
    for (let i = 0; i < rows.length; i++) {
      const why = checkRecord(table, rows[i])
      if (why !== undefined) return why
    }
    if (table === "meta") meta += rows.length
  }
  return meta === 1 ? undefined : "the world has no single meta record"
}
