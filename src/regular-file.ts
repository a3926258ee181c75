import { constants, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/**
 * Opens a file for reading only when it is a regular file. O_NONBLOCK keeps the open of a
 * named pipe from waiting for a writer, and the check is made on the opened handle, so a
 * symlink to a device, or a file swapped after a check by name, is caught too.
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new Error(`not a regular file: it is ${kindOf(info)}`)
    return handle
  } catch (error) {
    await handle.close()
    throw error
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isDirectory()) return 'a directory'
  if (info.isSocket()) return 'a socket'
  return 'not a file'
}
