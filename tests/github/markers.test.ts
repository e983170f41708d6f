import { describe, expect, it } from '@jest/globals'
import {
  fingerprintMarker,
  mirrorMarker,
  parseFingerprintMarkers,
  parseMirrorMarker
} from '../../src/github/markers.js'

describe('markers', () => {
  it('round-trips fingerprints and ignores duplicates and look-alikes', () => {
    const body = `x ${fingerprintMarker('abc123')} y ${fingerprintMarker('def.4')} ${fingerprintMarker('abc123')}
<!-- planguard:fp=bad fp --> <!--planguard:fp=nospace-->`
    expect(parseFingerprintMarkers(body)).toEqual(['abc123', 'def.4'])
    expect(parseFingerprintMarkers(null)).toEqual([])
  })

  it('refuses to build a marker that would carry arbitrary text', () => {
    expect(() => fingerprintMarker('a --> <b>')).toThrow()
  })

  it('round-trips the mirror stamp', () => {
    const sha = 'a'.repeat(40)
    const marker = mirrorMarker({ sha, hash: '0123456789abcdef' })
    expect(parseMirrorMarker(`${marker}\n\nbody`)).toEqual({ sha, hash: '0123456789abcdef' })
    expect(parseMirrorMarker('no marker')).toBeUndefined()
    const dated = mirrorMarker({ sha, hash: '0123456789abcdef', committedAt: 1760781600 })
    expect(parseMirrorMarker(dated)).toEqual({
      sha,
      hash: '0123456789abcdef',
      committedAt: 1760781600
    })
  })
})
