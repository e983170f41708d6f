import * as core from '@actions/core'
import type { Annotation } from './annotations.js'

/** What the Action tells the runner: logs, annotations, outputs, the job summary. */
export interface ActionIO {
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  annotate(annotation: Annotation): void
  setOutput(name: string, value: string): void
  appendSummary(markdown: string): Promise<void>
}

/** The real runner, through @actions/core (workflow commands and environment files). */
export function coreIO(): ActionIO {
  return {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    annotate: ({ level, message, ...properties }) => {
      const props = {
        ...(properties.title ? { title: properties.title } : {}),
        ...(properties.file ? { file: properties.file } : {}),
        ...(properties.startLine ? { startLine: properties.startLine } : {}),
        ...(properties.endLine ? { endLine: properties.endLine } : {})
      }
      if (level === 'error') core.error(message, props)
      else if (level === 'warning') core.warning(message, props)
      else core.notice(message, props)
    },
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      // Outside a runner there is no summary file; the log already has everything.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
      core.summary.emptyBuffer()
    }
  }
}
