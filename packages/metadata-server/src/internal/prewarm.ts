/**
 * Imported first by the executable: starts the key search at module evaluation, before `effect`
 * and the CLI are evaluated (see keys.ts).
 */
import * as Keys from "./keys.js"

/** Always `true`; referencing it keeps this module (and its side effect) in the bundle. */
export const started: boolean = (Keys.prewarm(), true)
