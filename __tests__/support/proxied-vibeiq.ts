/**
 * For tests that must reach VibeIQ through HTTPS_PROXY: the VibeIQ stand-in over TLS at a name
 * that only the proxy knows (so a request that skips the proxy fails), its self-signed
 * certificate (pass `tls.certFile` as NODE_EXTRA_CA_CERTS) and the proxy, started once for the
 * describe block that calls this and closed after it.
 */
import { afterAll, beforeAll } from '@jest/globals'
import { selfSignedCertificate, startProxy } from '../../harness/proxy.mjs'
import { startVibeIqStandIn } from '../../harness/vibeiq-server.mjs'

export interface ProxiedVibeIq {
  hostname: string
  tls: ReturnType<typeof selfSignedCertificate>
  secure: Awaited<ReturnType<typeof startVibeIqStandIn>>
  proxy: Awaited<ReturnType<typeof startProxy>>
}

export function useProxiedVibeIq(hostname = 'vibeiq.test'): ProxiedVibeIq {
  const started = { hostname } as ProxiedVibeIq
  beforeAll(async () => {
    started.tls = selfSignedCertificate(hostname)
    started.secure = await startVibeIqStandIn({ tls: started.tls, hostname })
    started.proxy = await startProxy(started.secure.port)
  })
  afterAll(async () => {
    await started.proxy.close()
    await started.secure.close()
  })
  return started
}
