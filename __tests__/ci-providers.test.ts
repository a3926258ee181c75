import { describe, expect, it } from '@jest/globals'
import { ciRun, detectCi, type CiStatus } from '../src/cli/ci-providers.js'
import {
  isResultlessWord,
  STATUS_WORD_TABLE,
  statusOfExitCode,
  statusOfWord
} from '../src/core/status-words.js'
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
        url: 'https://buildkite.com/acme/widgets/builds/1514#0190b7d4-3c2e-4a8e-9d62-5a1f0e3b2c11',
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
        job: 'widgets/main',
        id: '15',
        ref: 'main'
      }
    ],
    [
      'gitea-actions',
      {
        url: 'https://gitea.example.com/acme/widgets/actions/runs/77',
        pipeline: 'build.yaml',
        job: 'build',
        id: '77',
        attempt: '1',
        ref: 'refs/heads/main',
        actor: 'alice'
      }
    ],
    [
      'forgejo-actions',
      {
        url: 'https://codeberg.org/acme/widgets/actions/runs/88',
        pipeline: 'build.yaml',
        job: 'build',
        id: '88',
        attempt: '1',
        ref: 'refs/heads/main',
        actor: 'alice'
      }
    ],
    [
      'semaphore',
      {
        url: 'https://acme.semaphoreci.com/jobs/a26d42cf-89ac-4c3f-9e2d-51bb231897bf',
        pipeline: 'widgets',
        job: 'Build',
        id: '1be81412-6ab8-4fc0-8d0d-2af3c1d7ea7b',
        ref: 'main'
      }
    ],
    [
      'aws-codebuild',
      {
        job: 'widgets:b1e6661e-e4f2-4156-9ab9-82a19EXAMPLE',
        id: '12',
        ref: 'refs/heads/main',
        actor: 'alice'
      }
    ],
    [
      'travis-ci',
      {
        url: 'https://app.travis-ci.com/github/acme/widgets/jobs/46812086',
        pipeline: 'acme/widgets',
        job: '60.1',
        id: '46812086',
        ref: 'main'
      }
    ],
    [
      'woodpecker',
      {
        url: 'https://ci.example.com/repos/7/pipeline/31',
        pipeline: 'acme/widgets',
        job: 'build',
        id: '31',
        ref: 'main'
      }
    ],
    [
      'drone',
      {
        url: 'https://drone.example.com/acme/widgets/42',
        pipeline: 'acme/widgets',
        job: 'build',
        id: '42',
        ref: 'main',
        actor: 'alice'
      }
    ],
    [
      'bitrise',
      {
        url: 'https://app.bitrise.io/build/5f1a2b3c4d5e6f70',
        pipeline: 'widgets',
        job: 'primary',
        id: '9',
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
    ['azure-pipelines', { AGENT_JOBSTATUS: 'SucceededWithIssues' }, 'FAILURE'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Failed' }, 'FAILURE'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Canceled' }, 'FAILURE'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Skipped' }, 'FAILURE'],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '0' }, 'SUCCESS'],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '1' }, 'FAILURE'],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '127' }, 'FAILURE'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '0' }, 'SUCCESS'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '2' }, 'FAILURE'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '0', BUILDKITE_JOB_CANCELLED: 'true' }, 'FAILURE'],
    ['semaphore', { SEMAPHORE_JOB_RESULT: 'passed' }, 'SUCCESS'],
    ['semaphore', { SEMAPHORE_JOB_RESULT: 'failed' }, 'FAILURE'],
    ['semaphore', { SEMAPHORE_JOB_RESULT: 'stopped' }, 'FAILURE'],
    ['aws-codebuild', { CODEBUILD_BUILD_SUCCEEDING: '1' }, 'SUCCESS'],
    ['aws-codebuild', { CODEBUILD_BUILD_SUCCEEDING: '0' }, 'FAILURE'],
    ['travis-ci', { TRAVIS_TEST_RESULT: '0' }, 'SUCCESS'],
    ['travis-ci', { TRAVIS_TEST_RESULT: '1' }, 'FAILURE'],
    ['woodpecker', { CI_PIPELINE_STATUS: 'success' }, 'SUCCESS'],
    ['woodpecker', { CI_PIPELINE_STATUS: 'failure' }, 'FAILURE'],
    ['drone', { DRONE_BUILD_STATUS: 'success' }, 'SUCCESS'],
    ['drone', { DRONE_BUILD_STATUS: 'failure' }, 'FAILURE'],
    ['bitrise', { BITRISE_BUILD_STATUS: '0' }, 'SUCCESS'],
    ['bitrise', { BITRISE_BUILD_STATUS: '1' }, 'FAILURE']
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
    ['github-actions', {}, /--status "\$\{\{ job.status \}\}"/],
    ['gitea-actions', {}, /Gitea Actions gives the job status only as/],
    ['semaphore', {}, /SEMAPHORE_JOB_RESULT is not set \(Semaphore sets it in the epilogue/],
    ['aws-codebuild', {}, /CODEBUILD_BUILD_SUCCEEDING is not set/],
    [
      'aws-codebuild',
      { CODEBUILD_BUILD_SUCCEEDING: 'yes' },
      /CODEBUILD_BUILD_SUCCEEDING is 'yes', not 0 or 1/
    ],
    ['woodpecker', { CI_PIPELINE_STATUS: 'running' }, /CI_PIPELINE_STATUS is 'running'/]
  ] as const)('%s %j cannot tell, and says what to pass', (provider, variables, hint) => {
    const result = status({ ...CI_ENVIRONMENTS[provider], ...variables })
    expect(result).toEqual({ unavailable: expect.stringMatching(hint) })
  })

  it("Azure's status is said to be the job's status so far", () => {
    expect(status({ ...CI_ENVIRONMENTS['azure-pipelines'], AGENT_JOBSTATUS: 'Succeeded' })).toEqual({
      status: 'SUCCESS',
      reason: "AGENT_JOBSTATUS is Succeeded (the job's status so far: a later step may still fail)"
    })
  })
})

describe('shards, attempts and windows', () => {
  it.each([
    ['gitlab', { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' }, { index: 2, total: 3 }],
    ['gitlab', { CI_NODE_TOTAL: '1' }, undefined],
    ['circleci', { CIRCLE_NODE_INDEX: '0', CIRCLE_NODE_TOTAL: '4' }, { index: 1, total: 4 }],
    ['buildkite', { BUILDKITE_PARALLEL_JOB: '3', BUILDKITE_PARALLEL_JOB_COUNT: '4' }, { index: 4, total: 4 }],
    [
      'azure-pipelines',
      { SYSTEM_JOBPOSITIONINPHASE: '1', SYSTEM_TOTALJOBSINPHASE: '2' },
      { index: 1, total: 2 }
    ],
    ['azure-pipelines', { SYSTEM_JOBPOSITIONINPHASE: '1', SYSTEM_TOTALJOBSINPHASE: '1' }, undefined],
    [
      'bitbucket-pipelines',
      { BITBUCKET_PARALLEL_STEP: '1', BITBUCKET_PARALLEL_STEP_COUNT: '2' },
      { index: 2, total: 2 }
    ],
    ['semaphore', { SEMAPHORE_JOB_INDEX: '1', SEMAPHORE_JOB_COUNT: '4' }, { index: 1, total: 4 }],
    ['jenkins', { CI_NODE_TOTAL: '3' }, undefined]
  ] as const)('%s %j is shard %j', (provider, variables, expected) => {
    const env = { ...CI_ENVIRONMENTS[provider], ...variables }
    const shard = detectCi(env)?.shard?.(env)
    expect(shard === undefined ? undefined : { index: shard.index, total: shard.total }).toEqual(expected)
  })

  it.each([
    ['gitlab', {}, 300],
    ['gitlab', { RUNNER_AFTER_SCRIPT_TIMEOUT: '10m' }, 600],
    ['gitlab', { RUNNER_AFTER_SCRIPT_TIMEOUT: '1h30m' }, 5400],
    ['gitlab', { RUNNER_AFTER_SCRIPT_TIMEOUT: '600' }, 300],
    ['buildkite', { BUILDKITE_JOB_CANCELLED: 'true', BUILDKITE_CANCEL_GRACE_PERIOD: '60' }, 60],
    ['azure-pipelines', {}, 300],
    ['buildkite', { BUILDKITE_JOB_CANCELLED: 'true' }, 10],
    ['buildkite', {}, undefined],
    ['circleci', {}, undefined]
  ] as const)('%s %j has a window of %s s', (provider, variables, seconds) => {
    const env = { ...CI_ENVIRONMENTS[provider], ...variables }
    expect(detectCi(env)?.window?.(env)?.seconds).toBe(seconds)
  })
})

describe("each CI's page in docs/ci", () => {
  it.each([
    ['gitlab', 'docs/ci/gitlab.md'],
    ['bitbucket-pipelines', 'docs/ci/bitbucket.md'],
    ['gitea-actions', 'docs/ci/github-actions-cli.md'],
    ['semaphore', 'docs/ci/other.md#semaphore'],
    ['aws-codebuild', 'docs/ci/other.md#aws-codebuild']
  ] as const)('%s: %s', (provider, page) => {
    expect(detectCi(CI_ENVIRONMENTS[provider])?.docs).toBe(page)
  })
})

describe('the status words table', () => {
  it('maps every CI word, fail-closed for "failed but went on"', () => {
    const sent = (words: string[]) => words.map(w => statusOfWord(w))
    expect(sent(['success', 'Succeeded', 'passed', 'Completed', 'SUCCESS'])).toEqual(Array(5).fill('SUCCESS'))
    expect(
      sent(['SucceededWithIssues', 'UNSTABLE', 'soft_failed', 'stopped', 'Error', 'timedout', 'Skipped'])
    ).toEqual(Array(7).fill('FAILURE'))
    expect(statusOfWord('running')).toBeUndefined()
    // a word two CIs share means the same to both
    for (const row of STATUS_WORD_TABLE) expect(statusOfWord(row.word)).toBe(row.status)
  })

  it("refuses 'completed', which says a run ended but not how; Tekton's Completed is read only as written", () => {
    // GitHub's workflow_run.status / check_run.status and Azure's build status are 'completed'
    // for a failed run too: passing the status instead of the conclusion must not send SUCCESS.
    for (const word of ['completed', 'COMPLETED', ' completed ']) {
      expect(statusOfWord(word)).toBeUndefined()
      expect(isResultlessWord(word)).toBe(true)
    }
    expect(statusOfWord('Completed')).toBe('SUCCESS')
    expect(isResultlessWord('Completed')).toBe(false)
    expect(isResultlessWord('failed')).toBe(false)
  })

  it('reads exit statuses: 0 SUCCESS, any other whole number FAILURE', () => {
    expect(['0', '1', '127', '-1', '1.5', 'x'].map(statusOfExitCode)).toEqual([
      'SUCCESS',
      'FAILURE',
      'FAILURE',
      'FAILURE',
      undefined,
      undefined
    ])
  })
})
