import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { sarifSubsetSchema } from './sarif-subset-schema.js'

// ajv-formats is CommonJS; under ESM its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validate = ajv.compile(sarifSubsetSchema)

/** Validates a SARIF log against the specification's required structure; returns the errors. */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}
