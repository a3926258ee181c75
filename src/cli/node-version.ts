/**
 * Imported first by the command line's entry: below Node 24.5 its HTTP client would ignore the
 * proxy variables, and other parts might not run at all, so it refuses to start, with exit
 * code 2, before anything is read or sent.
 */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < 24 || (major === 24 && minor < 5)) {
  process.stderr.write(
    `vibeiq-task-callback needs Node.js 24.5 or later; this is ${process.version}. ` +
      'Install Node.js 24 (the current LTS), or run it with npx -p node@24.\n'
  )
  process.exit(2)
}
