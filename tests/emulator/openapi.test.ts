import { describe, expect, it } from '@jest/globals'
import { matchRoute } from './openapi.js'

function operationFor(method: string, path: string): string | undefined {
  return matchRoute(method, path)?.operation.operationId
}

describe('route index of the OpenAPI description', () => {
  it('prefers literal segments over parameters', () => {
    expect(operationFor('GET', '/repos/o/r/issues/comments/5')).toBe('issues/get-comment')
    expect(operationFor('GET', '/repos/o/r/issues/5/comments')).toBe('issues/list-comments')
    expect(operationFor('GET', '/repos/o/r/commits')).toBe('repos/list-commits')
    expect(operationFor('GET', '/repos/o/r/commits/abc')).toBe('repos/get-commit')
    expect(operationFor('GET', '/repos/o/r/commits/abc/status')).toBe(
      'repos/get-combined-status-for-ref'
    )
  })

  it('lets multi-segment parameters hold slashes, and a file path be empty', () => {
    expect(matchRoute('GET', '/repos/o/r/contents/docs/fix_plan.md')?.params.path).toBe(
      'docs/fix_plan.md'
    )
    expect(matchRoute('GET', '/repos/o/r/contents/docs%2Ffix_plan.md')?.params.path).toBe(
      'docs/fix_plan.md'
    )
    expect(operationFor('GET', '/repos/o/r/contents')).toBe('repos/get-content')
    expect(operationFor('GET', '/repos/o/r/git/ref/heads/main')).toBe('git/get-ref')
  })

  it('knows a path only with the methods the description gives it', () => {
    expect(operationFor('PUT', '/repos/o/r/issues/5/comments')).toBeUndefined()
    expect(operationFor('GET', '/repos/o/r/not-a-thing')).toBeUndefined()
  })
})
