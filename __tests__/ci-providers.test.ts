import { describe, expect, it } from '@jest/globals'
import { ciRun, detectCi, type CiStatus } from '../src/cli/ci-providers.js'
import { STATUS_WORDS } from '../src/core/outcome.js'
import { CI_ENVIRONMENTS } from './support/ci-environments.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe('ciRun from each CI documented variables', () => {
  it.each([
    [
      'github-actions',
      {
        url: 'https://github.com/acme/widgets/actions/runs/4242',
        pipeline: 'Build for VibeIQ',
        job: 'build',
        id: '4242',
        attempt: '2',
        ref: 'refs/heads/main',
        actor: 'octocat'
      }
    ],
    [
      'gitlab',
      {
        url: 'https://gitlab.example.com/acme/widgets/-/jobs/8001',
        pipeline: '700',
        job: 'build',
        id: '8001',
        ref: 'main',
        actor: 'alice'
      }
    ],
    [
      'azure-pipelines',
      {
        url: 'https://dev.azure.com/fabrikam/Fabrikam%20Fiber/_build/results?buildId=1430',
        pipeline: 'widgets-ci',
        job: 'Build',
        id: '1430',
        attempt: '1',
        ref: 'refs/heads/main',
        actor: 'Alice Smith'
      }
    ],
    [
      'circleci',
      {
        url: 'https://app.circleci.com/pipelines/github/acme/widgets/12/workflows/abc/jobs/345',
        pipeline: 'acme/widgets',
        job: 'build',
        id: '345',
        ref: 'main',
        actor: 'alice'
      }
    ],
    [
      'bitbucket-pipelines',
      {
        url: 'https://bitbucket.org/acme/widgets/pipelines/results/57',
        pipeline: 'acme/widgets',
        job: '{7a1b}',
        id: '57',
        ref: 'main',
        actor: '{u-1}'
      }
    ],
    [
      'buildkite',
      {
        url: 'https://buildkite.com/acme/widgets/builds/1514',
        pipeline: 'widgets',
        job: ':hammer: Build',
        id: '1514',
        attempt: '2',
        ref: 'main',
        actor: 'Alice Smith'
      }
    ],
    [
      'jenkins',
      {
        url: 'https://ci.example.com/job/widgets/job/main/15/',
        pipeline: 'widgets/main',
        job: 'Build',
        id: '15',
        ref: 'main'
      }
    ]
  ] as const)('%s', (provider, expected) => {
    const env = CI_ENVIRONMENTS[provider]
    const ci = detectCi(env)
    expect(ci?.id).toBe(provider)
    expect(ciRun(ci, env)).toEqual({ provider, sha: SHA, ...expected })
  })

  it('leaves out what the CI did not set, and says when no CI is known', () => {
    expect(ciRun(detectCi({ BUILDKITE: 'true' }), { BUILDKITE: 'true' })).toEqual({ provider: 'buildkite' })
    expect(detectCi({ CI: 'true' })).toBeUndefined()
    expect(ciRun(undefined, {})).toEqual({ provider: 'unknown' })
  })

  it('never carries credentials from a URL variable', () => {
    const env = { ...CI_ENVIRONMENTS.jenkins, BUILD_URL: 'https://bot:p4ss@ci.example.com/job/w/15/' }
    expect(ciRun(detectCi(env), env).url).toBe('https://ci.example.com/job/w/15/')
    expect(JSON.stringify(ciRun(detectCi(CI_ENVIRONMENTS.gitlab), CI_ENVIRONMENTS.gitlab))).not.toContain(
      'SECRET'
    )
  })
})

describe('the job status each CI gives at the end of a job', () => {
  const status = (env: Record<string, string>): CiStatus => detectCi(env)!.jobStatus(env)

  it.each([
    ['gitlab', { CI_JOB_STATUS: 'success' }, 'SUCCESS'],
    ['gitlab', { CI_JOB_STATUS: 'failed' }, 'FAILURE'],
    ['gitlab', { CI_JOB_STATUS: 'canceled' }, 'FAILURE'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Succeeded' }, 'SUCCESS'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'SucceededWithIssues' }, 'SUCCESS'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Failed' }, 'FAILURE'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Canceled' }, 'FAILURE'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Skipped' }, 'FAILURE'],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '0' }, 'SUCCESS'],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '1' }, 'FAILURE'],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '127' }, 'FAILURE'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '0' }, 'SUCCESS'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '2' }, 'FAILURE'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '0', BUILDKITE_JOB_CANCELLED: 'true' }, 'FAILURE']
  ] as const)('%s %j sends %s', (provider, variables, expected) => {
    expect(status({ ...CI_ENVIRONMENTS[provider], ...variables })).toMatchObject({ status: expected })
  })

  it.each([
    ['gitlab', { CI_JOB_STATUS: 'running' }, /CI_JOB_STATUS is 'running'.*run this command in after_script/],
    ['gitlab', {}, /CI_JOB_STATUS is not set/],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Partial' }, /AGENT_JOBSTATUS is 'Partial', not one of/],
    ['bitbucket-pipelines', {}, /BITBUCKET_EXIT_CODE is not set \(it is set in after-script\)/],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: 'x' }, /not an exit code/],
    ['circleci', {}, /--status failure in a step with when: on_fail/],
    ['jenkins', {}, /--status \$\{currentBuild.currentResult\}/],
    ['github-actions', {}, /--status "\$\{\{ job.status \}\}"/]
  ] as const)('%s %j cannot tell, and says what to pass', (provider, variables, hint) => {
    const result = status({ ...CI_ENVIRONMENTS[provider], ...variables })
    expect(result).toEqual({ unavailable: expect.stringMatching(hint) })
  })

  it('--status takes every CI spelling of an ended job', () => {
    const words = [
      'SUCCESS',
      'UNSTABLE',
      'FAILURE',
      'ABORTED',
      'NOT_BUILT',
      'success',
      'failure',
      'cancelled'
    ]
    expect(words.map(w => STATUS_WORDS[w.toLowerCase()])).toEqual([
      'SUCCESS',
      'FAILURE',
      'FAILURE',
      'FAILURE',
      'FAILURE',
      'SUCCESS',
      'FAILURE',
      'FAILURE'
    ])
  })
})
