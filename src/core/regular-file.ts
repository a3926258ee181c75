import { constants, type Stats } from 'node:fs'
import { open, realpath, type FileHandle } from 'node:fs/promises'
import { sep } from 'node:path'

/**
 * Their files look regular but are the system's live state: sizes of 0 that read without end,
 * or secrets (/proc/self/environ holds this step's environment, tokens included).
 */
const SYSTEM_DIRECTORIES = ['/proc', '/sys', '/dev']

/**
 * Opens a file for reading, only if it is a regular file outside /proc, /sys and /dev: a FIFO
 * would block, /dev/zero and /dev/urandom never end. The open does not block (O_NONBLOCK),
 * the check is made on the open handle, and the error names what the file is.
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const real = await realpath(path)
  const system = SYSTEM_DIRECTORIES.find(dir => real === dir || real.startsWith(dir + sep))
  if (system) {
    throw new Error(`it is ${real}, under ${system}, which holds the system's live state, not a file to read`)
  }
  // The resolved path: a link swapped after the check above cannot lead elsewhere.
  const handle = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new Error(`it is ${describeKind(info)}, not a regular file`)
    return handle
  } catch (error) {
    await handle.close()
    throw error
  }
}

function describeKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isSocket()) return 'a socket'
  if (info.isDirectory()) return 'a directory'
  return 'of an unknown kind'
}
