/**
 * Imported first by the command line's entry: below Node 22.21 its HTTP client would ignore the
 * proxy variables (http.Agent's `proxyEnv` came in 22.21.0 and 24.5.0: nodejs.org/blog/release/v22.21.0,
 * "http,https: add built-in proxy support in http/https.request and Agent", #58980), so it
 * refuses to start, with exit code 2, before anything is read or sent. 22.21 is the oldest Node
 * the CI images carry that has it: runner-images' Ubuntu 22.04 and 24.04 lists name Node 22.
 */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
const tooOld = major < 22 || (major === 22 && minor < 21) || major === 23 || (major === 24 && minor < 5)
if (tooOld) {
  process.stderr.write(
    `vibeiq-task-callback needs Node.js 22.21 or later (24.5 or later on Node 24); this is ${process.version}. ` +
      'Install a current Node.js LTS, or run it with npx -p node@22.\n'
  )
  process.exit(2)
}
