// A forward proxy on 127.0.0.1 for the proxy tests: it answers CONNECT, records the target,
// and tunnels every target to one local port, so that https://vibeiq.test reaches the
// VibeIQ stand-in. Never bundled.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** @param {number} targetPort where every tunnel goes */
export async function startProxy(targetPort) {
  /** @type {string[]} */
  const connects = []
  /** @type {Set<import('node:stream').Duplex>} */
  const sockets = new Set()
  const server = createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req, clientSocket, head) => {
    connects.push(req.url ?? '')
    const upstream = connect(targetPort, '127.0.0.1', () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(clientSocket)
      clientSocket.pipe(upstream)
    })
    for (const socket of [upstream, clientSocket]) {
      sockets.add(socket)
      socket.on('error', () => socket.destroy())
      socket.on('close', () => sockets.delete(socket))
    }
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(() => resolve(undefined)))
    }
  }
}

/**
 * A self-signed certificate for `hostname`, made with openssl; pass `certFile` to the action as
 * NODE_EXTRA_CA_CERTS so that it trusts the stand-in.
 * @param {string} hostname
 */
export function selfSignedCertificate(hostname) {
  const dir = mkdtempSync(join(tmpdir(), 'tls-'))
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-subj',
      `/CN=${hostname}`,
      '-addext',
      `subjectAltName=DNS:${hostname}`
    ],
    { stdio: 'ignore' }
  )
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile }
}
