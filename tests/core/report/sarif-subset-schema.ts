/**
 * The part of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that planguard's output
 * touches, written from the specification: the required properties, the allowed enum values and
 * the number constraints. The full schema is not shipped in node_modules.
 */
const message = {
  type: 'object',
  anyOf: [{ required: ['text'] }, { required: ['id'] }],
  properties: { text: { type: 'string' }, id: { type: 'string' } }
}

const level = { enum: ['none', 'note', 'warning', 'error'] }

const region = {
  type: 'object',
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 }
  }
}

const artifactLocation = {
  type: 'object',
  properties: { uri: { type: 'string', format: 'uri-reference' }, uriBaseId: { type: 'string' } }
}

const reportingDescriptor = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    shortDescription: message,
    helpUri: { type: 'string', format: 'uri' },
    defaultConfiguration: {
      type: 'object',
      properties: { level, enabled: { type: 'boolean' } }
    }
  }
}

const result = {
  type: 'object',
  required: ['message'],
  properties: {
    ruleId: { type: 'string' },
    ruleIndex: { type: 'integer', minimum: -1 },
    level,
    message,
    locations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          physicalLocation: {
            type: 'object',
            anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }],
            properties: { artifactLocation, region }
          }
        }
      }
    },
    partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
    properties: { type: 'object' }
  }
}

export const sarifSubsetSchema = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  version: { type: 'string' },
                  semanticVersion: { type: 'string' },
                  informationUri: { type: 'string', format: 'uri' },
                  rules: { type: 'array', items: reportingDescriptor }
                }
              }
            }
          },
          originalUriBaseIds: { type: 'object' },
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          results: { type: 'array', items: result }
        }
      }
    }
  }
} as const
