'use strict';

var zod = require('./zod-B1zl4tZu.cjs');

/**
 * The zod builders rule option schemas use. Named imports rather than the `z` namespace, so the
 * bundle leaves out the parts of zod nothing uses (locales, JSON schema, …).
 */
const zodKit = { array: zod.array, boolean: zod.boolean, enum: zod._enum, number: zod.number, object: zod.object, string: zod.string };

exports.zodKit = zodKit;
