/**
 * The progress file, named to the job's later steps by VIBEIQ_PROGRESS: they append lines, and
 * the reporter reads only what was added since it last looked.
 */
import { openRegularFile } from '../core/regular-file.js'

/** A progress line is short: of a file that grew by more, only its end is read. */
export const PROGRESS_TAIL_BYTES = 64 * 1024

export interface Written {
  /** What was appended since the last look (its end only, past PROGRESS_TAIL_BYTES). */
  text: string
  /** When the file was last written, milliseconds since the epoch. */
  at: number
}

export class ProgressFile {
  private readBytes = 0

  constructor(readonly path: string) {}

  /** What was written since the last call; undefined when nothing was, or the file is gone. */
  async readNew(): Promise<Written | undefined> {
    let handle: Awaited<ReturnType<typeof openRegularFile>>
    try {
      handle = await openRegularFile(this.path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
    try {
      const { size, mtimeMs } = await handle.stat()
      // Shorter than what was read: emptied or replaced, so read it again from its start.
      if (size < this.readBytes) this.readBytes = 0
      if (size === this.readBytes) return undefined
      const from = Math.max(this.readBytes, size - PROGRESS_TAIL_BYTES)
      const buffer = Buffer.alloc(size - from)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, from)
      this.readBytes = from + bytesRead
      return { text: buffer.toString('utf8', 0, bytesRead), at: mtimeMs }
    } finally {
      await handle.close()
    }
  }
}
