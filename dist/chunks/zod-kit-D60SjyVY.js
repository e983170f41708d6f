import { s as string, o as object, n as number, _ as _enum, c as boolean, a as array } from './zod-iG0T-P2l.js';

/**
 * The zod builders rule option schemas use. Named imports rather than the `z` namespace, so the
 * bundle leaves out the parts of zod nothing uses (locales, JSON schema, …).
 */
const zodKit = { array, boolean, enum: _enum, number, object, string };

export { zodKit };
