import type { Finding, Severity } from '../core/findings.js'
import { sortFindings } from '../github/findings-order.js'
import { repoPath } from '../github/links.js'

/**
 * GitHub shows at most 10 annotations of each level per step; more are dropped silently. So the
 * first 10 per level are annotated and the rest are counted in one closing notice.
 */
export const ANNOTATIONS_PER_LEVEL = 10

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  file?: string
  startLine?: number
  endLine?: number
  title?: string
}

const LEVEL: Record<Severity, AnnotationLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'notice'
}

export function planAnnotations(findings: readonly Finding[], pathPrefix = ''): Annotation[] {
  const shown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const hidden: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  for (const finding of sortFindings(findings)) {
    const level = LEVEL[finding.severity]
    if (shown[level] >= ANNOTATIONS_PER_LEVEL) {
      hidden[level] += 1
      continue
    }
    shown[level] += 1
    annotations.push({
      level,
      message: finding.message,
      file: repoPath(pathPrefix, finding.file),
      startLine: finding.line,
      endLine: Math.max(finding.line, finding.endLine),
      title: finding.ruleId
    })
  }
  const rest = (['error', 'warning', 'notice'] as const)
    .filter((level) => hidden[level] > 0)
    .map((level) => `${hidden[level]} more ${level}${hidden[level] === 1 ? '' : 's'}`)
  if (rest.length > 0) {
    annotations.push({
      level: 'notice',
      title: 'planguard',
      message: `${rest.join(', ')} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level): see the job summary.`
    })
  }
  return annotations
}
