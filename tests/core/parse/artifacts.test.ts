import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  DEFAULT_ARTIFACT_ROOTS,
  extractArtifacts,
  type ArtifactScanOptions,
  type TextSegment
} from '../../../src/core/parse/artifacts.js'
import type { ArtifactRef } from '../../../src/core/model.js'

function segmentsOf(text: string, firstLine = 1): TextSegment[] {
  return text.split('\n').map((line, index) => ({ text: line, line: firstLine + index, column: 1 }))
}

function scan(text: string, options: Partial<ArtifactScanOptions> = {}): ArtifactRef[] {
  return extractArtifacts(segmentsOf(text), { maxExpansion: 256, ...options })
}

/** `kind:path` of every expanded path, in order. */
function paths(text: string, options: Partial<ArtifactScanOptions> = {}): string[] {
  return scan(text, options).flatMap((ref) => ref.paths.map((p) => `${p.kind}:${p.path}`))
}

describe('extractArtifacts: what counts as a path', () => {
  it('reads a backticked path and reports its position without the backticks', () => {
    const refs = scan('See `plans/active/X/implementation.md` first.')
    expect(refs).toHaveLength(1)
    const ref = refs[0] as ArtifactRef
    expect(ref.raw).toBe('plans/active/X/implementation.md')
    expect(ref.quoted).toBe(true)
    expect(ref.range).toEqual({ line: 1, column: 6, endLine: 1, endColumn: 38 })
    expect(ref.paths).toEqual([{ path: 'plans/active/X/implementation.md', kind: 'path' }])
  })

  it('offsets columns by the segment start column', () => {
    const refs = extractArtifacts([{ text: 'x `docs/a.md`', line: 7, column: 5 }], {
      maxExpansion: 8
    })
    expect(refs[0]?.range).toEqual({ line: 7, column: 8, endLine: 7, endColumn: 17 })
  })

  it('reads bare paths under known roots, with an extension, a folder slash or a timestamp', () => {
    expect(
      paths(
        'Wrote docs/notes.md and reports/2025-10-17T025000Z/ plus reports/topic/20251008T203504Z'
      )
    ).toEqual([
      'path:docs/notes.md',
      'path:reports/2025-10-17T025000Z/',
      'path:reports/topic/20251008T203504Z'
    ])
    expect(scan('Wrote docs/notes.md')[0]?.quoted).toBe(false)
  })

  it('does not read prose with slashes as paths', () => {
    const prose =
      'and/or C/PyTorch 23/23 tests, 08/26/2025, 2025/10/17, Owner/Date: CPU/GPU float32/float64 ' +
      'before/after docs/bugs plans/fix_plan ~1.4ms/call I/O Observations/Hypotheses: a/b/c ' +
      'ratio≈0.992/1.008 P3.2/P3.3 github.com/org/repo.git www.example.org/page.html'
    expect(scan(prose)).toEqual([])
  })

  it('does not read backticked code or commands without path shape as paths', () => {
    expect(scan('`N_cells_a/b/c` `|G| = 1/d` `/complete-phase` `torch.compile` `x = a/b`')).toEqual(
      []
    )
  })

  it('ignores lone file names when no evidence folder was cited before', () => {
    expect(scan('Updated `summary.md` and `notes.txt`.')).toEqual([])
  })

  it('reads URLs as url references, never as paths', () => {
    expect(paths('See https://example.org/a/b.md and `http://x.test/y/`')).toEqual([
      'url:https://example.org/a/b.md',
      'url:http://x.test/y/'
    ])
  })

  it('reads autolinks as the link they wrap', () => {
    expect(paths('See <docs/a.md> and <https://example.org/x>.')).toEqual([
      'path:docs/a.md',
      'url:https://example.org/x'
    ])
    expect(scan('See <docs/a.md>.')[0]?.range.column).toBe(6)
  })

  it('reads markdown link targets and table cells', () => {
    expect(paths('| A1 | [plan](plans/active/X/plan.md) | docs/spec.md |')).toEqual([
      'path:plans/active/X/plan.md',
      'path:docs/spec.md'
    ])
  })

  it('reads paths inside a quoted command but not the files it writes', () => {
    expect(
      paths(
        'Run `pytest tests/test_a.py::test_b -q > reports/x/20251001T000000Z/pytest.log` and ' +
          '`python scripts/run.py --config docs/c.yaml --output reports/y/out.json`'
      )
    ).toEqual(['path:tests/test_a.py', 'path:scripts/run.py', 'path:docs/c.yaml'])
    expect(paths('`mkdir -p reports/x/ && cat docs/a.md | tee reports/b.log`')).toEqual([
      'path:docs/a.md'
    ])
  })

  it('keeps command outputs when asked', () => {
    expect(
      paths('`cmd docs/a.md > reports/b.log`', { includeCommandOutputs: true }).sort()
    ).toEqual(['path:docs/a.md', 'path:reports/b.log'])
  })

  it('takes the value of --option=path arguments', () => {
    expect(paths('`tool --input=docs/in.json --out=reports/r.json`')).toEqual(['path:docs/in.json'])
  })

  it('handles double-backtick spans and unmatched backticks', () => {
    expect(paths('``docs/a`b.md`` and `docs/c.md`')).toEqual(['path:docs/c.md'])
    expect(paths('stray ` then docs/d.md')).toEqual(['path:docs/d.md'])
  })

  it('splits on carriage returns and Unicode spaces', () => {
    expect(paths('see docs/a.md\r')).toEqual(['path:docs/a.md'])
    expect(paths('see\u00a0docs/b.md\u2009and `docs/c.md`')).toEqual([
      'path:docs/b.md',
      'path:docs/c.md'
    ])
  })

  it('honours custom roots', () => {
    expect(paths('see pkg/mod.py and docs/a.md', { roots: ['pkg'] })).toEqual(['path:pkg/mod.py'])
  })
})

describe('extractArtifacts: suffixes and punctuation', () => {
  it.each([
    ['`specs/spec.md:13`', 'specs/spec.md'],
    ['`specs/spec.md:204-240`', 'specs/spec.md'],
    ['`src/a.py:L10`', 'src/a.py'],
    ['`src/a.py:L10-L20`', 'src/a.py'],
    ['`src/a.py#L10`', 'src/a.py'],
    ['`docs/guide.md#install-steps`', 'docs/guide.md'],
    ['`specs/spec.md§3.2`', 'specs/spec.md'],
    ['`tests/test_a.py::TestX::test_y`', 'tests/test_a.py'],
    ['(see docs/a.md).', 'docs/a.md'],
    ['docs/a.md, docs/b.md;', 'docs/a.md'],
    ['**docs/a.md**:', 'docs/a.md'],
    ['"docs/a.md"', 'docs/a.md']
  ])('%s → %s', (text, expected) => {
    expect(scan(text)[0]?.paths[0]?.path).toBe(expected)
  })

  it('keeps the cited text, suffix included, as raw', () => {
    const ref = scan('at specs/spec.md:204-240.')[0]
    expect(ref?.raw).toBe('specs/spec.md:204-240')
    expect(ref?.range.column).toBe(4)
  })

  it('keeps globs: in code spans always, in bare words unless they close emphasis', () => {
    expect(
      paths('`reports/x/manifest.*` and **reports/y/*.log** and reports/z/* and docs/a.md** x')
    ).toEqual([
      'placeholder:reports/x/manifest.*',
      'placeholder:reports/y/*.log',
      'placeholder:reports/z/*',
      'path:docs/a.md'
    ])
  })

  it('keeps a trailing elision and a dunder name intact', () => {
    expect(paths('`src/pkg/__main__.py` and reports/topic/...')).toEqual([
      'path:src/pkg/__main__.py',
      'placeholder:reports/topic/...'
    ])
  })
})

describe('extractArtifacts: normalisation and classification', () => {
  it('normalises ./, // and . segments, keeping the folder slash', () => {
    expect(paths('`./docs//a/./b.md` `./reports/x//`')).toEqual([
      'path:docs/a/b.md',
      'path:reports/x/'
    ])
  })

  it('folds .. inside the repository and marks escapes as outside', () => {
    expect(paths('`docs/a/../b.md` `docs/../../etc/passwd` `../../other/x.md`')).toEqual([
      'path:docs/b.md',
      'outside:docs/../../etc/passwd',
      'outside:../../other/x.md'
    ])
  })

  it('marks absolute, home and drive paths as outside', () => {
    expect(
      paths('`/tmp/run/out.log` and /home/u/data/ and ~/work/x.md and `C:\\data\\x.bin`')
    ).toEqual([
      'outside:/tmp/run/out.log',
      'outside:/home/u/data/',
      'outside:~/work/x.md',
      'outside:C:\\data\\x.bin'
    ])
  })

  it('marks .git paths as git-internal', () => {
    expect(paths('`.git/config` and `./.git/hooks/`')).toEqual([
      'git-internal:.git/config',
      'git-internal:.git/hooks/'
    ])
  })

  it.each([
    'plans/active/X/reports/<ts>/summary.md',
    'reports/<timestamp>/',
    'reports/<ISO8601Z>/a.md',
    'reports/<stamp>/a.md',
    'reports/<STAMP>/a.md',
    'reports/$STAMP/a.md',
    'reports/${RUN_ID}/a.md',
    'reports/.../a.md',
    'reports/…/a.md',
    'reports/YYYYMMDDTHHMMSSZ/a.md',
    'reports/YYYY-MM-DD/a.md',
    'reports/*/summary.md',
    'tests/test_at_*.py',
    'reports/{ts}/a.md'
  ])('%s is a placeholder', (path) => {
    expect(paths('`' + path + '`')).toEqual([`placeholder:${path.replace(/\/$/, '/')}`])
  })
})

describe('extractArtifacts: brace expansion', () => {
  it('expands a brace list', () => {
    expect(
      paths('`plans/active/X/reports/2025-10-17T025000Z/{inventory.md,delta_log.md}`')
    ).toEqual([
      'path:plans/active/X/reports/2025-10-17T025000Z/inventory.md',
      'path:plans/active/X/reports/2025-10-17T025000Z/delta_log.md'
    ])
  })

  it('expands several groups as a cartesian product, and nested groups', () => {
    expect(paths('`reports/{a,b}/{x,y}.md`')).toEqual([
      'path:reports/a/x.md',
      'path:reports/a/y.md',
      'path:reports/b/x.md',
      'path:reports/b/y.md'
    ])
    expect(paths('`docs/{a,{b,c}/d}.md`')).toEqual([
      'path:docs/a.md',
      'path:docs/b/d.md',
      'path:docs/c/d.md'
    ])
  })

  it('accepts spaces after the commas of a quoted list', () => {
    expect(paths('`docs/{a.md, b.md}`')).toEqual(['path:docs/a.md', 'path:docs/b.md'])
  })

  it('expands bare brace lists without splitting on their commas', () => {
    expect(paths('Artifacts: reports/x/{a.md,b.md}.')).toEqual([
      'path:reports/x/a.md',
      'path:reports/x/b.md'
    ])
  })

  it('keeps comma-less and unclosed braces literal (placeholders)', () => {
    expect(paths('`reports/{stamp}/a.md` `reports/{a,b.md`')).toEqual([
      'placeholder:reports/{stamp}/a.md',
      'placeholder:reports/{a,b.md'
    ])
  })

  it('caps the expansion and flags it truncated', () => {
    const ref = scan('`docs/{a,b,c,d}/{e,f,g,h}.md`', { maxExpansion: 5 })[0]
    expect(ref?.truncated).toBe(true)
    expect(ref?.paths).toHaveLength(5)
    expect(scan('`docs/{a,b}.md`')[0]?.truncated).toBeUndefined()
  })

  it('bounds a 2^30 brace bomb in time and size', () => {
    const bomb = 'reports/' + '{a,b}'.repeat(30) + '.md'
    const started = Date.now()
    const ref = scan('`' + bomb + '`')[0]
    expect(Date.now() - started).toBeLessThan(1000)
    expect(ref?.truncated).toBe(true)
    expect(ref?.paths.length).toBe(256)
  })

  it('bounds 10,000 nested braces', () => {
    const bomb = 'reports/' + '{'.repeat(10_000) + 'a,b' + '}'.repeat(10_000) + '.md'
    const started = Date.now()
    const refs = scan('`' + bomb + '` and ' + bomb)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(refs).toHaveLength(2)
    for (const ref of refs) expect(ref.truncated).toBe(true)
  })

  it('bounds wide groups and long texts (linear time)', () => {
    const wide = '`docs/{' + Array.from({ length: 50_000 }, (_, i) => `f${i}`).join(',') + '}.md`'
    const long = 'word docs/a.md `x` '.repeat(20_000)
    const started = Date.now()
    expect(scan(wide)[0]?.paths).toHaveLength(256)
    expect(scan(long)).toHaveLength(20_000)
    expect(Date.now() - started).toBeLessThan(3000)
  })
})

describe('extractArtifacts: relative shorthand', () => {
  const anchor = 'plans/active/X/reports/2025-10-17T025000Z/'

  it('resolves lone names against an evidence folder cited earlier on the line', () => {
    expect(paths('Artifacts: `' + anchor + '` (`summary.md`, `pytest.log`).')).toEqual([
      `path:${anchor}`,
      `path:${anchor}summary.md`,
      `path:${anchor}pytest.log`
    ])
  })

  it('resolves only names glued to the anchor chain, not names in later prose', () => {
    expect(
      paths(
        'Bundle `' +
          anchor +
          '` now hosts refreshed `a.txt`, `b.json`, and `c.json`; `d.md` updated.'
      )
    ).toEqual([
      `path:${anchor}`,
      `path:${anchor}a.txt`,
      `path:${anchor}b.json`,
      `path:${anchor}c.json`
    ])
    expect(
      paths('Saved in `' + anchor + '`, documenting the expected delta and updating `notes.md`.')
    ).toEqual([`path:${anchor}`])
    expect(paths('Saved in `' + anchor + '`. Then `notes.md` was updated.')).toEqual([
      `path:${anchor}`
    ])
  })

  it('resolves short unrooted paths and elided paths against it', () => {
    expect(
      paths('`' + anchor + '` holds `logs/run.log`, `reports/…/metrics.json` and `.../env.json`')
    ).toEqual([
      `path:${anchor}`,
      `path:${anchor}logs/run.log`,
      `path:${anchor}metrics.json`,
      `path:${anchor}env.json`
    ])
  })

  it('reads ../ paths against the anchor, as outside without one', () => {
    expect(paths('`' + anchor + '` and `../2025-10-16T000000Z/a.md`')).toEqual([
      `path:${anchor}`,
      'path:plans/active/X/reports/2025-10-16T000000Z/a.md'
    ])
    expect(paths('`../2025-10-16T000000Z/a.md`')).toEqual(['outside:../2025-10-16T000000Z/a.md'])
  })

  it('keeps an elided path whose head is not in the anchor a placeholder', () => {
    expect(paths('`' + anchor + '` then `docs/…/x.md`')).toEqual([
      `path:${anchor}`,
      'placeholder:docs/…/x.md'
    ])
  })

  it('carries the anchor to the next line only when it ends its line, and along a list', () => {
    const text = [
      'Artifacts: `' + anchor + '`',
      '  - `a.md`',
      '  - `b.md`',
      'later',
      '  - `c.md`'
    ].join('\n')
    expect(paths(text)).toEqual([`path:${anchor}`, `path:${anchor}a.md`, `path:${anchor}b.md`])
    const interrupted = ['`' + anchor + '` and `docs/x.md`', '  - `a.md`'].join('\n')
    expect(paths(interrupted)).toEqual([`path:${anchor}`, 'path:docs/x.md'])
    // Sibling items that open with a name list the folder's files…
    const listing = [
      '  - `' + anchor + '` — bundle',
      '  - `summary.md` — notes',
      '  - `env.json`'
    ].join('\n')
    expect(paths(listing)).toEqual([
      `path:${anchor}`,
      `path:${anchor}summary.md`,
      `path:${anchor}env.json`
    ])
    // …but a name deep in the prose of the next sibling item is about something else.
    const sibling = ['- Copy into `' + anchor + '`', '- Note it in `notes.md`'].join('\n')
    expect(paths(sibling)).toEqual([`path:${anchor}`])
  })

  it('does not anchor on code folders, and ignores document names and upper-case names', () => {
    expect(paths('`src/pkg/` see `summary.md`')).toEqual(['path:src/pkg/'])
    expect(paths('`' + anchor + '` `fix_plan.md` `README.md` `torch.compile`')).toEqual([
      `path:${anchor}`
    ])
  })

  it('never resolves paths cited with a line suffix or ambiguous first segments', () => {
    expect(
      paths('`' + anchor + '` `pkg/mod.py:12` `2025-10-18T000000Z/a.md` `X/b.md` `run.py::t`')
    ).toEqual([`path:${anchor}`])
  })

  it('drops unrooted relative paths without an anchor', () => {
    expect(paths('`utils/geometry.py` and `phase_c/notes.md`')).toEqual([])
  })

  it('starts every call afresh', () => {
    scan('`' + anchor + '`')
    expect(paths('`summary.md`')).toEqual([])
  })

  it('re-roots reports/<stamp>/ paths at the plan folder cited earlier in the run', () => {
    const text = ['Bundle `' + anchor + 'a.md`.', 'Later `reports/2025-10-18T010000Z/b.md`.'].join(
      '\n'
    )
    expect(paths(text)).toEqual([
      `path:${anchor}a.md`,
      'path:plans/active/X/reports/2025-10-18T010000Z/b.md'
    ])
  })

  it('re-roots reports/<stamp>/ at baseDir, but leaves topic report folders alone', () => {
    expect(
      paths('`reports/2025-10-18T010000Z/b.md` `reports/topic/2025-10-18T010000Z/c.md`', {
        baseDir: 'plans/active/Y'
      })
    ).toEqual([
      'path:plans/active/Y/reports/2025-10-18T010000Z/b.md',
      'path:reports/topic/2025-10-18T010000Z/c.md'
    ])
  })

  it('resolves against a placeholder anchor as placeholders', () => {
    expect(paths('`reports/<ts>/` has `summary.md`')).toEqual([
      'placeholder:reports/<ts>/',
      'placeholder:reports/<ts>/summary.md'
    ])
  })
})

describe('extractArtifacts: robustness', () => {
  it('never throws on odd input', () => {
    const odd = [
      '',
      '`',
      '``',
      '{{{{',
      '}}}}/a.md',
      '`/`',
      '`./`',
      '`..`',
      '\u0000\uffff/docs',
      '`docs/' + 'x'.repeat(10_000) + '.md`',
      'docs/' + '/'.repeat(5000),
      '`' + '{,}'.repeat(2000) + '`',
      '<<<>>>/a.md',
      '\ud800docs/a.md'
    ]
    for (const text of odd) expect(() => scan(text)).not.toThrow()
  })

  it('stays linear on tokens built to make patterns backtrack', () => {
    const hostile = [
      '`docs/a' + ':1'.repeat(50_000) + 'x`',
      'docs/' + '<'.repeat(100_000),
      '`docs/' + '.a#'.repeat(30_000) + '`',
      '`' + 'reports/'.repeat(20_000) + '` `' + 'reports/…/'.repeat(10_000) + 'x.md`',
      '`a' + '.'.repeat(100_000) + '/b.md`',
      '`' + '`'.repeat(50_000) + ' docs/a.md ' + '``'.repeat(20_000),
      // Many slashes and code spans, no comma or backslash: each is searched for once per line.
      'a/b '.repeat(100_000),
      '`x` a/b '.repeat(50_000)
    ]
    const started = Date.now()
    for (const text of hostile) expect(() => scan(text)).not.toThrow()
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('keeps its invariants on arbitrary text (property)', () => {
    const pathish = fc.array(
      fc.constantFrom(
        'docs/',
        'reports/',
        'plans/active/X/',
        '2025-10-17T025000Z/',
        'a.md',
        'b.log',
        '{',
        '}',
        ',',
        '`',
        ' ',
        '../',
        './',
        '//',
        '<ts>',
        '...',
        '…',
        ':12',
        '§1',
        '::t',
        '/tmp/',
        '~/',
        'C:\\',
        'http://x.y/',
        '.git/',
        'x',
        '(',
        ')',
        '*',
        '- ',
        '\n',
        '|',
        '$S'
      ),
      { maxLength: 40 }
    )
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          pathish.map((parts) => parts.join(''))
        ),
        fc.integer({ min: 1, max: 20 }),
        (text, cap) => {
          const segments = segmentsOf(text)
          const refs = extractArtifacts(segments, { maxExpansion: cap })
          for (const ref of refs) {
            const segment = segments[ref.range.line - 1]
            expect(segment).toBeDefined()
            expect(segment?.text.slice(ref.range.column - 1, ref.range.endColumn - 1)).toBe(ref.raw)
            expect(ref.paths.length).toBeLessThanOrEqual(Math.max(cap, 1))
            for (const { path, kind } of ref.paths) {
              if (kind !== 'path' && kind !== 'placeholder') continue
              expect(path.startsWith('/') || path.startsWith('./')).toBe(false)
              expect(path.includes('//')).toBe(false)
              expect(path.split('/').includes('..')).toBe(false)
            }
          }
        }
      ),
      { numRuns: 500 }
    )
  })
})

describe('extractArtifacts: shared readings of repeated words', () => {
  // Words are read once per process and shared for the default roots; roots given explicitly
  // (the same ones) are read afresh at every citation: the reference the shared readings match.
  const fresh = (segments: TextSegment[], options: ArtifactScanOptions): ArtifactRef[] =>
    extractArtifacts(segments, { ...options, roots: [...DEFAULT_ARTIFACT_ROOTS] })

  const words = fc.constantFrom(
    '`plans/active/X/reports/2025-10-17T025000Z/`',
    '`reports/2025-10-17T025000Z/`',
    'reports/2025-10-18T010000Z/',
    '`reports/2025-10-17T025000Z/summary.md`',
    '`plans/active/X/reports/<ts>/`',
    '`summary.md`',
    '`metrics.json`',
    '`{summary.md,metrics.json}`',
    '`logs/pytest.log`',
    '`scaling_audit/summary.md`',
    '`../2025-10-16T000000Z/a.md`',
    '`reports/…/metrics.json`',
    '`.../x.md`',
    'docs/notes.md',
    '`docs/{a,b}.md`',
    '`src/pkg/`',
    '`reports/bench/2025-01-01T000000Z/{summary.md,metrics.json}`',
    '`https://example.org/a`',
    '`/tmp/x/y.log`',
    '`.git/config`',
    '`src/a.py:12`',
    'and',
    'holds',
    'the delta.',
    ';',
    ',',
    '-',
    '  -',
    '1.',
    'Artifacts:',
    '`a/{x,y}/{1,2,3}.md`',
    '`pytest tests/test_a.py > reports/2025-10-17T025000Z/pytest.log`'
  )
  const line = fc.array(words, { maxLength: 8 }).map((parts) => parts.join(' '))
  const text = fc.array(line, { minLength: 1, maxLength: 6 })

  it('reads every text as a fresh reading does, however often its words were seen', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(undefined, 'plans/active/P'),
        fc.constantFrom(2, 256),
        (lines, baseDir, maxExpansion) => {
          const segments = lines.map((value, index) => ({
            text: value,
            line: index + 1,
            column: 1
          }))
          const options: ArtifactScanOptions = { maxExpansion, includeCommandOutputs: true }
          if (baseDir !== undefined) options.baseDir = baseDir
          const expected = fresh(segments, options)
          expect(extractArtifacts(segments, options)).toEqual(expected)
          // Again, as words cited before (their shared readings are made), and once more.
          expect(extractArtifacts(segments, options)).toEqual(expected)
          expect(extractArtifacts(segments, options)).toEqual(expected)
        }
      ),
      { numRuns: 1500 }
    )
  })

  it('shares frozen paths between citations of the same word', () => {
    const refs = scan('`docs/b.md` and `docs/b.md` and `docs/b.md`')
    expect(refs).toHaveLength(3)
    expect(refs[1]?.paths).toBe(refs[2]?.paths)
    expect(Object.isFrozen(refs[1]?.paths)).toBe(true)
  })

  it('shares the paths of a word read afresh when they come out the same', () => {
    // After the first citation the resolver knows a reports folder: the word is read afresh.
    const word = '`reports/bench/2025-01-01T000000Z/{summary.md,metrics.json}`'
    const refs = scan(`${word} then ${word}\n${word}`)
    expect(refs).toHaveLength(3)
    expect(refs[1]?.paths).toBe(refs[0]?.paths)
    expect(refs[2]?.paths).toBe(refs[0]?.paths)
    expect(Object.isFrozen(refs[0]?.paths)).toBe(true)
    expect(refs[0]?.paths.map((p) => p.path)).toEqual([
      'reports/bench/2025-01-01T000000Z/summary.md',
      'reports/bench/2025-01-01T000000Z/metrics.json'
    ])
  })
})
