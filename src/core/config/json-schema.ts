import { z } from 'zod'
import { engineRules } from '../engine/engine-rules.js'
import { allRules } from '../rules/index.js'
import type { Rule } from '../rules/types.js'
import { configSchema } from './schema.js'
import { zodKit } from './zod-kit.js'

type JsonSchema = Record<string, unknown>

const SEVERITIES = ['error', 'warning', 'info', 'off']

/**
 * The JSON schema of `.github/planguard.yml` for editors: the configuration schema, with one
 * property per known rule under `rules` so that rule ids and their options complete and validate.
 */
export function configJsonSchema(rules: readonly Rule[] = allRules): JsonSchema {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const ruleProperties: Record<string, JsonSchema> = {}
  for (const rule of rules)
    ruleProperties[rule.id] = ruleSettingSchema(rule.description, rule.options.schema(zodKit))
  for (const meta of engineRules) {
    ruleProperties[meta.id] ??= ruleSettingSchema(meta.description, undefined)
  }
  properties.rules = {
    type: 'object',
    description: 'Severity (error, warning, info, off) and options per rule id.',
    properties: ruleProperties,
    additionalProperties: false
  }
  return {
    ...schema,
    title: 'planguard configuration (.github/planguard.yml)',
    properties
  }
}

function ruleSettingSchema(description: string, options: z.ZodType | undefined): JsonSchema {
  const severity = { type: 'string', enum: SEVERITIES }
  const optionsSchema = options
    ? optionsJsonSchema(options)
    : { type: 'object', additionalProperties: false }
  return {
    description,
    anyOf: [
      severity,
      {
        type: 'object',
        properties: { severity, options: optionsSchema },
        additionalProperties: false
      }
    ]
  }
}

function optionsJsonSchema(options: z.ZodType): JsonSchema {
  try {
    const schema = z.toJSONSchema(options, { io: 'input', unrepresentable: 'any' }) as JsonSchema
    delete schema.$schema
    return schema
  } catch {
    // A schema zod cannot express (e.g. a refinement) still accepts a mapping.
    return { type: 'object' }
  }
}
