/**
 * The world: every record of one emulated account/region, its derived indices, virtual-time timers
 * and the change log the journal persists.
 *
 * ## Internal API (for `src/operations/*`)
 * - **read**: `get(table, id)`, `all(table)` (insertion order), `count(table)`, `meta`.
 * - **write**: `put(table, record)` / `del(table, id)`. Records are immutable: build a new object
 *   (`{ ...old, State: "x" }`) and `put` it. Every put/del is logged for the journal, undone on
 *   rollback, and keeps the indices in step.
 * - **tags**: `tagsOf(id)`, `setTags(id, tags)`, `tagIndex(key)` (value → ids), `tagKeys()`.
 * - **allocate**: `allocatePrivateIp(subnetId)`, `allocatePublicIp()`, `isPrivateIpUsed`, `newId(kind)`
 *   (an Effect, in `Engine`), `uuid()`. The private-IP index holds every ENI's primary and secondary
 *   addresses (kept on every write, so deleting an ENI frees them and a restored world knows them).
 * - **time**: `now` (virtual ms, set by the engine), `schedule(kind, target, delayMs, data)`,
 *   `cancelTimers(target, kind?)`, `timersOf(target)`, `delay(kind)`.
 * - **events**: `emitStateChange(instanceId, state)`, `firstBoot(instanceId, userData)`.
 * - **counts**: `activeInstances(az, type | "*")` (pending/running/stopping, kept on every write);
 *   `vcpusInUse(quotaKey)` (vCPUs counting against a quota, `Fleet.holdsVcpus`, kept on every write);
 *   `instancesInReservation(reservationId)` (kept on every write).
 * - **fleet**: `hostUsed(az, key)` (vCPUs used on a host by the instances occupying it, see `Fleet`),
 *   `hostHint` / `setHostHint` / `resetHostHints` (first-fit cursor: every host before it is full).
 *
 * Rules: validate everything before the first `put`; an operation that fails after a `put` is rolled
 * back by the engine, but the order of a table after undoing a delete may differ (records re-enter
 * at the end), so validate first.
 *
 * @internal
 */
import type { Lifecycle } from "@ec2kit/core"
import { holdsVcpus, HOST_RADIX, occupies, quotaKeyOf, vCpusOf } from "./Fleet.js"
import { assignableRange, intToIp, ipToInt, parseCidr } from "./Net.js"
import type { MetaRecord, TableName, Tables, TimerRecord } from "./Records.js"
import { keyOf, tableNames } from "./Records.js"
import { Rng } from "./Rng.js"

/** One logged change: `[table, id, record | null]` (null = deleted). */
export type Change = readonly [TableName, string, unknown]

/** EventBridge "EC2 Instance State-change Notification". */
export interface StateChangeEvent {
  readonly version: "0"
  readonly id: string
  readonly "detail-type": "EC2 Instance State-change Notification"
  readonly source: "aws.ec2"
  readonly account: string
  readonly time: string
  readonly region: string
  readonly resources: ReadonlyArray<string>
  readonly detail: { readonly "instance-id": string; readonly state: Lifecycle.StateName }
}

/** What the first-boot hook receives. */
export interface FirstBoot {
  readonly InstanceId: string
  /** Base64 user data as given to RunInstances, when any. */
  readonly UserData?: string
}

/** Delay kinds (milliseconds; 0 = immediate). */
export type DelayKind =
  | "instancePending"
  | "instanceStopping"
  | "instanceShuttingDown"
  | "instanceVanish"
  | "metadataOptions"
  | "volumeCreating"
  | "volumeAttaching"
  | "volumeDetaching"
  | "snapshot"
  | "volumeModification"
  | "image"
  | "spotNotice"
  | "iamInstanceProfileAssociation"
  | "instanceStatusChecks"

type AnyMap = Map<string, unknown>

interface UndoEntry {
  readonly table: TableName
  readonly id: string
  readonly prev: unknown
}

/** A point of a transaction (`World.begin`, `World.savepoint`) that `World.rollback` returns to. */
export interface Mark {
  readonly undo: number
  readonly ips: number
  readonly log: number
  readonly events: number
  readonly boots: number
  readonly rng: number
}

const timerOrder = (a: TimerRecord, b: TimerRecord) => a.DueAt - b.DueAt || a.Seq - b.Seq

const emptyHosts: ReadonlyMap<number, number> = new Map()

/**
 * Called after every `put`/`del` of a record of one table, at `w.now` (the virtual time of the change,
 * also inside the catch-up of due timers), with the record before and after (`undefined` when absent).
 * Observers may write other tables (their writes are part of the same transaction, so a rollback undoes
 * them) but must not throw. Journal replay and snapshot loading do not run them: what they wrote was
 * journaled with the change. Used by the billing meter and CPU credits to keep usage histories without
 * hooks in every operation.
 */
export type RecordObserver<T extends TableName> = (w: World, prev: Tables[T] | undefined, next: Tables[T] | undefined) => void

const observers: { [T in TableName]?: Array<RecordObserver<T>> } = {}

/** Registers observers of a table's writes for every world (once, at module load; see {@link RecordObserver}). */
export const observeRecords = <T extends TableName>(table: T, observer: RecordObserver<T>): void => {
  const list = (observers[table] ??= []) as Array<RecordObserver<T>>
  if (!list.includes(observer)) list.push(observer)
}

/** The world; see the module comment for its API. */
export class World {
  private readonly maps: { readonly [T in TableName]: Map<string, Tables[T]> }
  /** tag key → value → resource ids */
  private readonly tagIdx = new Map<string, Map<string, Set<string>>>()
  /** subnet id → used private IPs (as numbers) */
  private readonly ipIdx = new Map<string, Set<number>>()
  private readonly ipHint = new Map<string, number>()
  private readonly publicIps = new Set<string>()
  /** `"<az>|<type>"` and `"<az>|*"` → number of active (pending/running/stopping) instances */
  private readonly activeIdx = new Map<string, number>()
  /** reservation id → number of its instances still in the instances table */
  private readonly reservationIdx = new Map<string, number>()
  /** `vcpuQuotaKey(market, bucket)` → vCPUs of the instances that count against that quota */
  private readonly vcpuIdx = new Map<string, number>()
  /** AZ → host key (`rack * HOST_RADIX + host`) → vCPUs used by the instances occupying it */
  private readonly hostIdx = new Map<string, Map<number, number>>()
  /** AZ → host key before which every host is full (a cache; always safe to lower) */
  private readonly hostHints = new Map<string, number>()
  /** target → timer ids */
  private readonly timerIdx = new Map<string, Set<string>>()
  /**
   * Binary min-heap of timers by (DueAt, Seq); lazily cleaned (an entry that is no longer the
   * table's record for its id is skipped when it reaches the top). O(log n) push and pop.
   */
  private queue: Array<TimerRecord> = []
  private log: Array<Change> = []
  /** Log entries below this index belong to before the last savepoint (never merged into). */
  private logFloor = 0
  private undo: Array<UndoEntry> | undefined
  private allocatedIps: Array<readonly [string, number]> = []
  /** Events and first boots produced since the last `takeOutbox`. */
  private events: Array<StateChangeEvent> = []
  private boots: Array<FirstBoot> = []
  /** Virtual time of the change being applied (set by the engine). */
  now = 0
  /** True while the constructor loads records (timers are collected, then sorted once). */
  private loading = false
  readonly rng: Rng

  constructor(
    readonly delays: Readonly<Record<DelayKind, number>>,
    readonly publicPool: string,
    records: Iterable<readonly [TableName, ReadonlyArray<unknown>]>
  ) {
    this.maps = Object.fromEntries(tableNames.map((t) => [t, new Map()])) as never
    this.loading = true
    for (const [table, rows] of records) {
      const map = this.maps[table] as AnyMap
      const key = keyOf[table] as (r: unknown) => string
      const n = rows.length
      if (table === "instances") {
        this.loadInstances(map, rows as ReadonlyArray<Tables["instances"]>)
        continue
      }
      const indexed = table === "tags" || table === "networkInterfaces" || table === "addresses" || table === "timers"
      if (!indexed) {
        for (let i = 0; i < n; i++) {
          const r = rows[i]
          map.set(key(r), r)
        }
        continue
      }
      for (let i = 0; i < n; i++) {
        const r = rows[i]
        const id = key(r)
        map.set(id, r)
        this.indexIn(table, id, r)
      }
    }
    this.loading = false
    // heapify once (Floyd) instead of pushing timer by timer
    this.queue.sort(timerOrder)
    this.rng = new Rng(this.maps.meta.get("world")?.RngState ?? 0)
    this.log = []
  }

  // ----------------------------------------------------------------------------------------------
  // read / write
  // ----------------------------------------------------------------------------------------------

  get<T extends TableName>(table: T, id: string): Tables[T] | undefined {
    return this.maps[table].get(id)
  }

  all<T extends TableName>(table: T): IterableIterator<Tables[T]> {
    return this.maps[table].values()
  }

  count(table: TableName): number {
    return this.maps[table].size
  }

  get meta(): MetaRecord {
    return this.maps.meta.get("world")!
  }

  put<T extends TableName>(table: T, record: Tables[T]): void {
    const id = keyOf[table](record)
    const map = this.maps[table] as AnyMap
    const prev = map.get(id)
    this.undo?.push({ table, id, prev })
    if (prev !== undefined) this.indexOut(table, id, prev)
    map.set(id, record)
    this.indexIn(table, id, record)
    this.logChange(table, id, record)
    this.notify(table, prev, record)
  }

  del(table: TableName, id: string): void {
    const map = this.maps[table] as AnyMap
    const prev = map.get(id)
    if (prev === undefined) return
    this.undo?.push({ table, id, prev })
    this.indexOut(table, id, prev)
    map.delete(id)
    this.logChange(table, id, null)
    this.notify(table, prev, undefined)
  }

  /** Runs the observers of `table` (see {@link observeRecords}) after a write at `now`. */
  private notify(table: TableName, prev: unknown, next: unknown): void {
    const list = observers[table]
    if (list === undefined) return
    for (const f of list) (f as RecordObserver<TableName>)(this, prev as never, next as never)
  }

  private logChange(table: TableName, id: string, record: unknown) {
    // consecutive puts of one record are merged, but never across a savepoint: a rollback to it
    // truncates the log, which must then hold the record as it was at the savepoint
    const last = this.log.length > this.logFloor ? this.log[this.log.length - 1] : undefined
    if (last !== undefined && last[0] === table && last[1] === id && record !== null && last[2] !== null) {
      this.log[this.log.length - 1] = [table, id, record]
    } else {
      this.log.push([table, id, record])
    }
  }

  // ----------------------------------------------------------------------------------------------
  // transactions (used by the engine)
  // ----------------------------------------------------------------------------------------------

  /**
   * Starts a transaction: from here every write is recorded so that `rollback` can undo it. The
   * engine keeps one transaction open across the catch-up of due timers, the operation and the
   * journal append, so a failed append undoes all of it.
   */
  begin(): Mark {
    this.undo = []
    this.allocatedIps = []
    return this.savepoint()
  }

  /** The current point of the open transaction (to undo only what follows it, e.g. a failed operation). */
  savepoint(): Mark {
    this.logFloor = this.log.length
    return {
      undo: this.undo?.length ?? 0,
      ips: this.allocatedIps.length,
      log: this.log.length,
      events: this.events.length,
      boots: this.boots.length,
      rng: this.rng.state
    }
  }

  /** Ends the transaction, keeping its changes. */
  commit(): void {
    this.syncRng()
    this.undo = undefined
    this.allocatedIps = []
  }

  /** Undoes the changes since `mark`; the transaction stays open. */
  rollback(mark: Mark): void {
    const undo = this.undo ?? []
    for (let i = undo.length - 1; i >= mark.undo; i--) {
      const u = undo[i]!
      const map = this.maps[u.table] as AnyMap
      const cur = map.get(u.id)
      if (cur !== undefined) this.indexOut(u.table, u.id, cur)
      if (u.prev === undefined) map.delete(u.id)
      else {
        map.set(u.id, u.prev)
        this.indexIn(u.table, u.id, u.prev)
      }
    }
    undo.length = Math.min(undo.length, mark.undo)
    // an address allocated since the mark was free before it (allocation skips used ones), and the
    // undo above removed every record written since, so it is free again
    for (let i = this.allocatedIps.length - 1; i >= mark.ips; i--) {
      const [subnet, n] = this.allocatedIps[i]!
      this.releaseIp(subnet, n)
    }
    this.allocatedIps.length = Math.min(this.allocatedIps.length, mark.ips)
    if (this.log.length > mark.log) this.log.length = mark.log
    if (this.events.length > mark.events) this.events.length = mark.events
    if (this.boots.length > mark.boots) this.boots.length = mark.boots
    this.rng.state = mark.rng
  }

  /** Whether anything was written (or the generator advanced) since `mark`. */
  changedSince(mark: Mark): boolean {
    return this.log.length > mark.log || (this.undo?.length ?? 0) > mark.undo || this.rng.state !== mark.rng
  }

  private syncRng() {
    const meta = this.maps.meta.get("world")
    if (meta !== undefined && meta.RngState !== this.rng.state) {
      const next = { ...meta, RngState: this.rng.state }
      this.undo?.push({ table: "meta", id: "world", prev: meta })
      this.maps.meta.set("world", next)
      this.logChange("meta", "world", next)
    }
  }

  /** The changes not yet journaled (the generator's state synced into `meta` first). */
  pendingChanges(): ReadonlyArray<Change> {
    this.syncRng()
    return this.log
  }

  /** Forgets the pending changes (they are durable now). */
  clearChanges(): void {
    this.log = []
    this.logFloor = 0
  }

  /** The changes since the last call (`pendingChanges` then `clearChanges`). */
  takeChanges(): Array<Change> {
    this.syncRng()
    const out = this.log
    this.log = []
    this.logFloor = 0
    return out
  }

  /** Events and first boots since the last call (published by the engine after the commit). */
  takeOutbox(): { readonly events: ReadonlyArray<StateChangeEvent>; readonly boots: ReadonlyArray<FirstBoot> } {
    const out = { events: this.events, boots: this.boots }
    this.events = []
    this.boots = []
    return out
  }

  /** Applies journaled changes (no logging, no undo). */
  applyChanges(changes: ReadonlyArray<Change>): void {
    for (const [table, id, record] of changes) {
      const map = this.maps[table] as AnyMap
      const prev = map.get(id)
      if (prev !== undefined) this.indexOut(table, id, prev)
      if (record === null) map.delete(id)
      else {
        map.set(id, record)
        this.indexIn(table, id, record)
      }
    }
    this.rng.state = this.meta.RngState
  }

  /**
   * Every table's records in order (for snapshots). The pending changes stay pending: a dump taken
   * inside a transaction (after the catch-up of due timers) must not drop them from the journal.
   */
  dump(): Array<readonly [TableName, ReadonlyArray<unknown>]> {
    this.syncRng()
    return tableNames.map((t) => [t, [...this.maps[t].values()]] as const)
  }

  // ----------------------------------------------------------------------------------------------
  // indices
  // ----------------------------------------------------------------------------------------------

  private indexIn(table: TableName, id: string, r: unknown) {
    switch (table) {
      case "tags": {
        for (const [k, v] of (r as Tables["tags"]).Tags) {
          let byValue = this.tagIdx.get(k)
          if (byValue === undefined) this.tagIdx.set(k, byValue = new Map())
          let ids = byValue.get(v)
          if (ids === undefined) byValue.set(v, ids = new Set())
          ids.add(id)
        }
        return
      }
      case "networkInterfaces": {
        const eni = r as Tables["networkInterfaces"]
        this.useIp(eni.SubnetId, ipToInt(eni.PrivateIpAddress))
        // (no `?? []`: that was one throw-away array per ENI on every restore)
        const secondary = eni.SecondaryPrivateIpAddresses
        if (secondary !== undefined) for (const ip of secondary) this.useIp(eni.SubnetId, ipToInt(ip))
        if (eni.PublicIp !== undefined) this.publicIps.add(eni.PublicIp)
        return
      }
      case "addresses": {
        this.publicIps.add((r as Tables["addresses"]).PublicIp)
        return
      }
      case "instances": {
        this.countActive(r as Tables["instances"], 1)
        this.countHost(r as Tables["instances"], 1)
        this.countVcpus(r as Tables["instances"], 1)
        this.countReservation(r as Tables["instances"], 1)
        return
      }
      case "timers": {
        const t = r as TimerRecord
        let ids = this.timerIdx.get(t.Target)
        if (ids === undefined) this.timerIdx.set(t.Target, ids = new Set())
        ids.add(t.TimerId)
        this.enqueue(t)
        return
      }
    }
  }

  private indexOut(table: TableName, id: string, r: unknown) {
    switch (table) {
      case "tags": {
        for (const [k, v] of (r as Tables["tags"]).Tags) {
          const byValue = this.tagIdx.get(k)
          const ids = byValue?.get(v)
          ids?.delete(id)
          if (ids !== undefined && ids.size === 0) byValue!.delete(v)
          if (byValue !== undefined && byValue.size === 0) this.tagIdx.delete(k)
        }
        return
      }
      case "networkInterfaces": {
        const eni = r as Tables["networkInterfaces"]
        this.releaseIp(eni.SubnetId, ipToInt(eni.PrivateIpAddress))
        for (const ip of eni.SecondaryPrivateIpAddresses ?? []) this.releaseIp(eni.SubnetId, ipToInt(ip))
        if (eni.PublicIp !== undefined && eni.AllocationId === undefined) this.publicIps.delete(eni.PublicIp)
        return
      }
      case "addresses": {
        this.publicIps.delete((r as Tables["addresses"]).PublicIp)
        return
      }
      case "instances": {
        this.countActive(r as Tables["instances"], -1)
        this.countHost(r as Tables["instances"], -1)
        this.countVcpus(r as Tables["instances"], -1)
        this.countReservation(r as Tables["instances"], -1)
        return
      }
      case "timers": {
        const t = r as TimerRecord
        const ids = this.timerIdx.get(t.Target)
        ids?.delete(t.TimerId)
        if (ids !== undefined && ids.size === 0) this.timerIdx.delete(t.Target)
        return
      }
    }
  }

  /**
   * Loads the instances table in bulk (constructor): the same counters as `indexIn` (active
   * instances per AZ/type, vCPUs per host), accumulated in local maps keyed without building
   * strings per record, and the vCPUs of each type looked up once.
   */
  private loadInstances(map: AnyMap, rows: ReadonlyArray<Tables["instances"]>) {
    /** AZ → type → active count */
    const active = new Map<string, Map<string, number>>()
    const vcpus = new Map<string, number>()
    let lastAz: string | undefined
    let lastHosts: Map<number, number> | undefined
    let lastActive: Map<string, number> | undefined
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!
      map.set(r.InstanceId, r)
      this.countReservation(r, 1)
      const state = r.Lifecycle.State
      if (state === "shutting-down") this.countVcpus(r, 1)
      if (state !== "pending" && state !== "running" && state !== "stopping") continue
      this.countVcpus(r, 1)
      const az = r.AvailabilityZone
      if (az !== lastAz) {
        lastAz = az
        lastActive = active.get(az)
        if (lastActive === undefined) active.set(az, lastActive = new Map())
        lastHosts = this.hostIdx.get(az)
      }
      lastActive!.set(r.InstanceType, (lastActive!.get(r.InstanceType) ?? 0) + 1)
      if (r.RackId === undefined || r.HostId === undefined) continue
      let v = vcpus.get(r.InstanceType)
      if (v === undefined) vcpus.set(r.InstanceType, v = vCpusOf(r.InstanceType))
      if (lastHosts === undefined) this.hostIdx.set(az, lastHosts = new Map())
      const hostKey = r.RackId * HOST_RADIX + r.HostId
      const used = (lastHosts.get(hostKey) ?? 0) + v
      if (used <= 0) lastHosts.delete(hostKey)
      else lastHosts.set(hostKey, used)
    }
    for (const [az, byType] of active) {
      let all = 0
      for (const [type, c] of byType) {
        const k = `${az}|${type}`
        this.activeIdx.set(k, (this.activeIdx.get(k) ?? 0) + c)
        all += c
      }
      const k = `${az}|*`
      this.activeIdx.set(k, (this.activeIdx.get(k) ?? 0) + all)
    }
  }

  private countActive(r: Tables["instances"], delta: 1 | -1) {
    const state = r.Lifecycle.State
    if (state !== "pending" && state !== "running" && state !== "stopping") return
    for (const key of [`${r.AvailabilityZone}|${r.InstanceType}`, `${r.AvailabilityZone}|*`]) {
      const n = (this.activeIdx.get(key) ?? 0) + delta
      if (n === 0) this.activeIdx.delete(key)
      else this.activeIdx.set(key, n)
    }
  }

  private countReservation(r: Tables["instances"], delta: 1 | -1) {
    const n = (this.reservationIdx.get(r.ReservationId) ?? 0) + delta
    if (n <= 0) this.reservationIdx.delete(r.ReservationId)
    else this.reservationIdx.set(r.ReservationId, n)
  }

  /** How many instances of a reservation are still in the world (kept on every write, no scan). */
  instancesInReservation(reservationId: string): number {
    return this.reservationIdx.get(reservationId) ?? 0
  }

  private countVcpus(r: Tables["instances"], delta: 1 | -1) {
    if (!holdsVcpus(r)) return
    const key = quotaKeyOf(r)
    if (key === undefined) return
    const n = (this.vcpuIdx.get(key) ?? 0) + delta * vCpusOf(r.InstanceType)
    if (n <= 0) this.vcpuIdx.delete(key)
    else this.vcpuIdx.set(key, n)
  }

  /**
   * vCPUs that the instances counting against a quota (`vcpuQuotaKey(market, bucket)`) use now
   * (`Fleet.holdsVcpus`), kept up to date on every write (no scan of the instances).
   */
  vcpusInUse(quotaKey: string): number {
    return this.vcpuIdx.get(quotaKey) ?? 0
  }

  private countHost(r: Tables["instances"], delta: 1 | -1) {
    if (!occupies(r)) return
    let hosts = this.hostIdx.get(r.AvailabilityZone)
    if (hosts === undefined) this.hostIdx.set(r.AvailabilityZone, hosts = new Map())
    const key = r.RackId! * HOST_RADIX + r.HostId!
    const n = (hosts.get(key) ?? 0) + delta * vCpusOf(r.InstanceType)
    if (n <= 0) hosts.delete(key)
    else hosts.set(key, n)
    if (delta < 0) {
      const hint = this.hostHints.get(r.AvailabilityZone)
      if (hint !== undefined && key < hint) this.hostHints.set(r.AvailabilityZone, key)
    }
  }

  /** vCPUs used on a host (key `rack * HOST_RADIX + host`) by the active instances on it. */
  hostUsed(availabilityZone: string, key: number): number {
    return this.hostIdx.get(availabilityZone)?.get(key) ?? 0
  }

  /** The hosts of an AZ that instances occupy: host key → vCPUs used (read-only view of the index). */
  hostsInUse(availabilityZone: string): ReadonlyMap<number, number> {
    return this.hostIdx.get(availabilityZone) ?? emptyHosts
  }

  /** The first-fit cursor of an AZ: every host before it is full. */
  hostHint(availabilityZone: string): number {
    return this.hostHints.get(availabilityZone) ?? 0
  }

  setHostHint(availabilityZone: string, key: number): void {
    this.hostHints.set(availabilityZone, key)
  }

  /** Forgets the cursors (after the fleet's shape changed). */
  resetHostHints(): void {
    this.hostHints.clear()
  }

  /**
   * Number of active (pending, running or stopping) instances in an AZ, of one type or of all
   * (`"*"`), kept up to date on every write (no scan of the instances).
   */
  activeInstances(availabilityZone: string, instanceType: string | "*"): number {
    return this.activeIdx.get(`${availabilityZone}|${instanceType}`) ?? 0
  }

  // ----------------------------------------------------------------------------------------------
  // tags
  // ----------------------------------------------------------------------------------------------

  tagsOf(id: string): ReadonlyArray<readonly [string, string]> {
    return this.maps.tags.get(id)?.Tags ?? []
  }

  /** Replaces the tags of a resource (an empty list removes the record). */
  setTags(id: string, tags: ReadonlyArray<readonly [string, string]>): void {
    if (tags.length === 0) this.del("tags", id)
    else this.put("tags", { ResourceId: id, Tags: tags })
  }

  /** value → resource ids for one tag key (empty when no resource has it). */
  tagIndex(key: string): ReadonlyMap<string, ReadonlySet<string>> {
    return this.tagIdx.get(key) ?? new Map()
  }

  tagKeys(): IterableIterator<string> {
    return this.tagIdx.keys()
  }

  // ----------------------------------------------------------------------------------------------
  // addresses
  // ----------------------------------------------------------------------------------------------

  private useIp(subnet: string, n: number) {
    let used = this.ipIdx.get(subnet)
    if (used === undefined) this.ipIdx.set(subnet, used = new Set())
    used.add(n)
  }

  private releaseIp(subnet: string, n: number) {
    this.ipIdx.get(subnet)?.delete(n)
    const hint = this.ipHint.get(subnet)
    if (hint !== undefined && n < hint) this.ipHint.set(subnet, n)
  }

  isPrivateIpUsed(subnetId: string, ip: string): boolean {
    return this.ipIdx.get(subnetId)?.has(ipToInt(ip)) ?? false
  }

  /** Number of free assignable addresses in a subnet. */
  freeIps(subnetId: string): number {
    const subnet = this.maps.subnets.get(subnetId)
    if (subnet === undefined) return 0
    const { first, last } = assignableRange(subnet.CidrBlock)
    return last - first + 1 - (this.ipIdx.get(subnetId)?.size ?? 0)
  }

  /**
   * The lowest free assignable private IPv4 of a subnet (AWS's five reserved addresses excluded),
   * reserved for the current transaction; `undefined` when the subnet is full.
   */
  allocatePrivateIp(subnetId: string): string | undefined {
    const subnet = this.maps.subnets.get(subnetId)
    if (subnet === undefined) return undefined
    const { first, last } = assignableRange(subnet.CidrBlock)
    const used = this.ipIdx.get(subnetId)
    let n = Math.max(first, this.ipHint.get(subnetId) ?? first)
    while (n <= last && used?.has(n)) n++
    if (n > last) return undefined
    this.ipHint.set(subnetId, n + 1)
    this.useIp(subnetId, n)
    this.allocatedIps.push([subnetId, n])
    return intToIp(n)
  }

  /** A fresh public IPv4 from the region's pool (random, never one in use). */
  allocatePublicIp(): string {
    const pool = parseCidr(this.publicPool)
    for (;;) {
      const n = pool.network + Math.floor(this.rng.nextDoubleUnsafe() * pool.size)
      const last = n & 255
      if (last === 0 || last === 255) continue
      const ip = intToIp(n)
      if (!this.publicIps.has(ip)) {
        this.publicIps.add(ip)
        return ip
      }
    }
  }

  /** Gives an auto-assigned public IP back to the pool. */
  releasePublicIp(ip: string): void {
    this.publicIps.delete(ip)
  }

  /** A random RFC 4122 v4 UUID from the world's generator. */
  uuid(): string {
    const h = (n: number) => this.rng.nextUint32().toString(16).padStart(8, "0").slice(0, n)
    const variant = (8 + (this.rng.nextUint32() & 3)).toString(16)
    return `${h(8)}-${h(4)}-4${h(3)}-${variant}${h(3)}-${h(8)}${h(4)}`
  }

  /** A MAC address like AWS's (`0a:` or `12:` prefix, locally administered). */
  macAddress(): string {
    const b = Array.from({ length: 5 }, () => (this.rng.nextUint32() & 255).toString(16).padStart(2, "0"))
    return ["0e", ...b].join(":")
  }

  // ----------------------------------------------------------------------------------------------
  // virtual time
  // ----------------------------------------------------------------------------------------------

  delay(kind: DelayKind): number {
    return this.delays[kind]
  }

  private enqueue(t: TimerRecord) {
    const q = this.queue
    q.push(t)
    if (this.loading) return // a sorted array is a heap: the constructor sorts once at the end
    if (q.length > 2 * this.maps.timers.size + 1024) {
      // mostly cancelled entries: rebuild from the live timers (the sorted array is a heap)
      this.queue = [...this.maps.timers.values()].sort(timerOrder)
      return
    }
    let i = q.length - 1
    while (i > 0) {
      const parent = (i - 1) >>> 1
      if (timerOrder(q[parent]!, t) <= 0) break
      q[i] = q[parent]!
      i = parent
    }
    q[i] = t
  }

  /** Removes the top of the heap. */
  private dequeue(): TimerRecord | undefined {
    const q = this.queue
    const top = q[0]
    const last = q.pop()
    if (top === undefined || last === undefined || q.length === 0) return top
    const n = q.length
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) break
      const r = l + 1
      const c = r < n && timerOrder(q[r]!, q[l]!) < 0 ? r : l
      if (timerOrder(q[c]!, last) >= 0) break
      q[i] = q[c]!
      i = c
    }
    q[i] = last
    return top
  }

  /** Schedules `kind` for `target` at `now + delayMs`; returns the timer. */
  schedule(kind: string, target: string, delayMs: number, data?: Readonly<Record<string, unknown>>): TimerRecord {
    const meta = this.meta
    const seq = meta.TimerSeq + 1
    this.put("meta", { ...meta, TimerSeq: seq })
    const timer: TimerRecord = {
      TimerId: `t-${seq.toString(36)}`,
      DueAt: this.now + Math.max(0, delayMs),
      Seq: seq,
      Kind: kind,
      Target: target,
      ...(data === undefined ? {} : { Data: data })
    }
    this.put("timers", timer)
    return timer
  }

  /** The pending timers of a resource. */
  timersOf(target: string): ReadonlyArray<TimerRecord> {
    const ids = this.timerIdx.get(target)
    if (ids === undefined) return []
    return [...ids].map((id) => this.maps.timers.get(id)!).sort(timerOrder)
  }

  /** Cancels a resource's timers (of one kind, or all). */
  cancelTimers(target: string, kind?: string): void {
    for (const t of this.timersOf(target)) if (kind === undefined || t.Kind === kind) this.del("timers", t.TimerId)
  }

  /** When the next timer is due, if any. */
  nextDueAt(): number | undefined {
    while (this.queue.length > 0) {
      const head = this.queue[0]!
      if (this.maps.timers.get(head.TimerId) === head) return head.DueAt
      this.dequeue()
    }
    return undefined
  }

  /** Removes and returns the next timer due at or before `now`. */
  popDue(now: number): TimerRecord | undefined {
    const due = this.nextDueAt()
    if (due === undefined || due > now) return undefined
    const head = this.dequeue()!
    this.del("timers", head.TimerId)
    return head
  }

  // ----------------------------------------------------------------------------------------------
  // events
  // ----------------------------------------------------------------------------------------------

  arn(kind: string, id: string): string {
    return `arn:aws:ec2:${this.meta.Region}:${this.meta.AccountId}:${kind}/${id}`
  }

  emitStateChange(instanceId: string, state: Lifecycle.StateName): void {
    this.events.push({
      version: "0",
      id: this.uuid(),
      "detail-type": "EC2 Instance State-change Notification",
      source: "aws.ec2",
      account: this.meta.AccountId,
      time: new Date(this.now).toISOString().replace(/\.\d{3}Z$/, "Z"),
      region: this.meta.Region,
      resources: [this.arn("instance", instanceId)],
      detail: { "instance-id": instanceId, state }
    })
  }

  firstBoot(boot: FirstBoot): void {
    this.boots.push(boot)
  }
}
