import { array, boolean, enum as enumOf, number, object, string } from 'zod'
import type { Zod } from '../rules/types.js'

/**
 * The zod builders rule option schemas use. Named imports rather than the `z` namespace, so the
 * bundle leaves out the parts of zod nothing uses (locales, JSON schema, …).
 */
export const zodKit: Zod = { array, boolean, enum: enumOf, number, object, string }
