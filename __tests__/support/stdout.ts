/**
 * Captures what the code under test writes to stdout (workflow commands, the glob library's
 * debug lines) instead of letting it into the test output.
 */
import { jest } from '@jest/globals'

export interface CapturedStdout {
  text: () => string
  restore: () => void
}

export function captureStdout(): CapturedStdout {
  let text = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    text += String(chunk)
    return true
  })
  return { text: () => text, restore: () => write.mockRestore() }
}
