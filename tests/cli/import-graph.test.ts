import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { describe, expect, it } from '@jest/globals'

/**
 * Start-up guard: what `planguard check` loads before it can answer. Follows the static imports
 * (dynamic `import()` is the way out for rarely used code) from a source file and collects the
 * project files and packages reached.
 */
// The import clause holds no quote, so `[^']*?` cannot run on into the next statement (there are
// no semicolons to stop it).
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^']*?from\s+)?'([^']+)'/gm

function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const pending = [resolve(entry)]
  while (pending.length > 0) {
    const file = pending.pop()!
    if (files.has(file)) continue
    files.add(file)
    const source = readFileSync(file, 'utf8')
    // `import … from 'x'`, `import 'x'`, `export … from 'x'`; type-only imports are erased.
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const specifier = match[1]!
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))
        if (existsSync(target)) pending.push(target)
      } else if (!specifier.startsWith('node:')) {
        packages.add(
          specifier.startsWith('@')
            ? specifier.split('/').slice(0, 2).join('/')
            : specifier.split('/')[0]!
        )
      }
    }
  }
  return {
    files: new Set([...files].map((file) => relative(process.cwd(), file).split('\\').join('/'))),
    packages
  }
}

describe('what `planguard check` loads', () => {
  const entry = staticImports('src/cli/main.ts')
  const check = staticImports('src/cli/commands/check.ts')

  it('starts with no command loaded: the command table imports them lazily', () => {
    expect(
      [...entry.files].filter(
        (file) => file.startsWith('src/cli/commands/') && !file.endsWith('index.ts')
      )
    ).toEqual([])
    expect(entry.packages).toEqual(new Set())
  })

  it('never reaches GitHub code, remark or the JSON-schema generator', () => {
    const heavy = [...check.packages].filter((name) =>
      /^(@octokit|@actions|unified|remark|mdast|micromark|ajv)/.test(name)
    )
    expect(heavy).toEqual([])
    const files = [...check.files]
    expect(
      files.filter((file) => file.startsWith('src/github/') || file.startsWith('src/action/'))
    ).toEqual([])
    expect(files).not.toContain('src/core/config/json-schema.ts')
    expect(files).toContain('src/core/engine.ts')
  })

  it('reaches neither yaml nor zod: a configuration file or rule options bring them', () => {
    expect(check.packages).not.toContain('yaml')
    expect(check.packages).not.toContain('zod')
    expect(check.files.has('src/core/config/schema.ts')).toBe(false)
  })

  it('follows type-free static imports only', () => {
    expect(check.packages).toContain('picomatch')
    expect(check.files.has('src/core/report/text.ts')).toBe(true)
    expect(check.files.has('src/cli/commands/review.ts')).toBe(false)
  })
})
