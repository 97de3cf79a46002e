/**
 * The single-writer lock of a journal: a lock file `<journal>.lock` next to the journal's real path
 * (so two names of one file share it). Plain Node has no `flock`, so:
 * - it is created atomically with the owner's identity already in it (written to a temp file, then
 *   `link`ed into place, which fails if the lock exists: nobody ever sees an empty lock file), and
 *   removed on `release` when it is still ours;
 * - a second opener fails at once with `PersistenceError` `Locked` naming the journal and the owner
 *   (another layer of the same process too);
 * - a lock left by a dead process (`kill -9`, power loss) is stale and taken over: its owner is dead
 *   when `kill(pid, 0)` says so, when it is a zombie, when the machine has rebooted since (Linux boot
 *   id), when the pid now belongs to a process started at another time (pid reuse), or when it is our
 *   own pid and we do not hold it (an earlier life, e.g. pid 1 in a container). A lock from another
 *   host (a shared file system) is never taken over: the message says to delete it by hand if nobody
 *   there uses the journal. The takeover moves the stale file aside with `rename` and checks it moved
 *   the file it judged (else it puts the other opener's lock back), so two openers racing for one
 *   stale lock do not both win;
 * - `intact` tells whether the lock file is still ours (same inode): the journal checks it before
 *   every append.
 *
 * @internal
 */
import { randomUUID } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { PersistenceError } from "./Codec.js"

/** Who holds a lock: enough to tell a live owner from a dead one (see the module comment). */
interface Owner {
  readonly pid: number
  readonly host: string
  /** Linux boot id (absent elsewhere). */
  readonly boot?: string
  /** Start time of the process in clock ticks since boot (Linux, absent elsewhere). */
  readonly start?: string
}

const readOr = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, "utf8")
  } catch {
    return undefined
  }
}

const bootId = (): string | undefined => readOr("/proc/sys/kernel/random/boot_id")?.trim()

/** Field 3 (state) and 22 (start time) of `/proc/<pid>/stat` (after the command name in parentheses). */
const procStat = (pid: number): { readonly state: string; readonly start: string } | undefined => {
  const stat = readOr(`/proc/${pid}/stat`)
  if (stat === undefined) return undefined
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  return fields.length > 19 ? { state: fields[0]!, start: fields[19]! } : undefined
}

const self = (): Owner => {
  const boot = bootId()
  const start = procStat(process.pid)?.start
  return { pid: process.pid, host: os.hostname(), ...(boot !== undefined ? { boot } : {}), ...(start !== undefined ? { start } : {}) }
}

const parseOwner = (text: string | undefined): Owner | undefined => {
  try {
    const o = JSON.parse(text ?? "") as Partial<Owner>
    return Number.isInteger(o.pid) && typeof o.host === "string" ? o as Owner : undefined
  } catch {
    return undefined
  }
}

/** Lock files held by this process (a second open in the same process is refused too). */
const held = new Set<string>()

/** Whether the owner of a lock is certainly gone (so its lock may be taken over). */
const isDead = (owner: Owner, me: Owner, lockFile: string): boolean => {
  if (owner.host !== me.host) return false // cannot see the processes of another machine
  if (owner.boot !== undefined && me.boot !== undefined && owner.boot !== me.boot) return true // rebooted since
  if (owner.pid === me.pid) return !held.has(lockFile) // an earlier process with our pid (e.g. pid 1 in a container)
  try {
    process.kill(owner.pid, 0)
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH" // EPERM: alive, another user's
  }
  const stat = procStat(owner.pid)
  if (stat === undefined) return false
  if (stat.state === "Z") return true // killed, not yet reaped
  return owner.start !== undefined && stat.start !== owner.start // the pid was reused
}

const lockedError = (file: string, lockFile: string, why: string) =>
  new PersistenceError({ reason: "Locked", path: file, message: `The ec2kit journal ${file} is in use: ${why} (lock file ${lockFile})` })

/** The lock of an open journal (see the module comment). */
export class Lock {
  constructor(readonly file: string, private readonly ino: number) {}

  /** Whether the lock file is still ours (not deleted, not replaced). */
  get intact(): boolean {
    try {
      return fs.statSync(this.file).ino === this.ino
    } catch {
      return false
    }
  }

  release(): void {
    held.delete(this.file)
    if (this.intact) {
      try {
        fs.unlinkSync(this.file)
      } catch {
        // gone already
      }
    }
  }

  /** Takes the lock of `journal`, or says who holds it. */
  static acquire(journal: string): Lock | PersistenceError {
    const lockFile = lockPathOf(journal)
    if (held.has(lockFile)) return lockedError(journal, lockFile, "it is already open in this process")
    const me = self()
    const mine = `${JSON.stringify(me)}\n`
    for (let attempt = 0; attempt < 5; attempt++) {
      // the content is written before the lock appears: nobody ever sees an empty lock file
      const tmp = `${lockFile}.${process.pid}-${attempt}-${randomUUID()}`
      try {
        fs.writeFileSync(tmp, mine, { flag: "wx" })
        try {
          fs.linkSync(tmp, lockFile)
          const ino = fs.statSync(lockFile).ino
          held.add(lockFile)
          return new Lock(lockFile, ino)
        } finally {
          fs.rmSync(tmp, { force: true })
        }
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") {
          return new PersistenceError({ reason: "Io", path: journal, message: `Cannot create the lock file ${lockFile}: ${String(e)}` })
        }
      }
      const text = readOr(lockFile)
      if (text === undefined) continue // released meanwhile: try again
      const owner = parseOwner(text)
      if (owner === undefined) {
        return lockedError(journal, lockFile, "the lock file is unreadable; delete it if no process uses the journal")
      }
      if (!isDead(owner, me, lockFile)) {
        return lockedError(
          journal,
          lockFile,
          owner.host === me.host
            ? owner.pid === me.pid ? "it is already open in this process" : `process ${owner.pid} holds it`
            : `process ${owner.pid} on host ${owner.host} holds it; delete the lock file if no process there uses the journal`
        )
      }
      // stale: move it aside atomically, then check that what we moved is the lock we judged (another
      // opener may have taken it over in between: then put theirs back and look again)
      const aside = `${lockFile}.stale-${process.pid}-${randomUUID()}`
      try {
        fs.renameSync(lockFile, aside)
      } catch {
        continue // someone else moved it first
      }
      if (readOr(aside) !== text) {
        try {
          fs.linkSync(aside, lockFile)
        } catch {
          // a third opener got in: it holds the lock now, the next attempt will say so
        }
      }
      fs.rmSync(aside, { force: true })
    }
    return lockedError(journal, lockFile, "another process keeps taking the lock")
  }
}

/** `<journal>.lock`, next to the journal's real path (so two names of one file share the lock). */
const lockPathOf = (journal: string): string => {
  const abs = path.resolve(journal)
  let real: string
  try {
    real = fs.realpathSync(abs)
  } catch {
    try {
      real = path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs))
    } catch {
      real = abs
    }
  }
  return `${real}.lock`
}
