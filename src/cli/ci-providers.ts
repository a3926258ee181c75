/**
 * What the command-line program knows of each CI: how to recognise it, how it tells a job's
 * status at the end of the job, and the variables that say which run this is. One row per CI:
 * adding a CI means adding a row here and its test, nothing else. Pure: the environment comes in.
 */
import type { CallbackStatus } from '../core/outcome.js'
import { statusOfExitCode, statusOfWord } from '../core/status-words.js'

type Env = NodeJS.ProcessEnv

/** `output.ciRun`: enough for a person in VibeIQ to find the job. */
export interface CiRun {
  provider: string
  url?: string
  pipeline?: string
  job?: string
  id?: string
  attempt?: string
  sha?: string
  ref?: string
  actor?: string
}

/** The job's status as the CI tells it, or why it cannot. */
export type CiStatus = { status: CallbackStatus; reason: string } | { unavailable: string }

/** This job is one of `total` parallel copies (shards, matrix legs) of the same job. */
export interface Shard {
  /** 1-based, whatever the CI counts from. */
  index: number
  total: number
  /** The variables that said so, for the message. */
  variables: string
}

/** The shortest time the CI documents for the step that calls back (an after-script, a cancel). */
export interface Window {
  seconds: number
  /** What the limit is, in words: "GitLab runs after_script for at most 5 minutes". */
  what: string
}

export interface CiProvider {
  /** As it appears in `ciRun.provider`. */
  id: string
  /** Its page, with the recipe that calls back once for the whole pipeline. */
  docs: string
  /** As it appears in messages. */
  name: string
  detect(env: Env): boolean
  /** The job's status from the CI's own variables, where the CI has one. */
  jobStatus(env: Env): CiStatus
  run(env: Env): CiRun
  /** Set when the CI says that this job is one of several parallel copies. */
  shard?(env: Env): Shard | undefined
  /** The tightest documented window the callback must finish in, where the CI has one. */
  window?(env: Env): Window | undefined
}

const get = (env: Env, name: string): string | undefined => env[name]?.trim() || undefined

/** A status variable that holds one of `values` once the job has ended. */
function fromStatusVariable(
  env: Env,
  variable: string,
  values: readonly string[],
  notEnded: string
): CiStatus {
  const value = get(env, variable)
  const known = values.find(v => v.toLowerCase() === value?.toLowerCase())
  const status = known && statusOfWord(known)
  if (status) return { status, reason: `${variable} is ${value}` }
  if (value === undefined) return { unavailable: `${variable} is not set (${notEnded})` }
  return { unavailable: `${variable} is '${value}', not one of ${values.join(', ')} (${notEnded})` }
}

/** `0` passed, anything else failed: the exit-code variables of Bitbucket and Buildkite. */
function fromExitCode(env: Env, variable: string, where: string): CiStatus {
  const code = get(env, variable)
  if (code === undefined) return { unavailable: `${variable} is not set (it is set ${where})` }
  const status = statusOfExitCode(code)
  if (!status) return { unavailable: `${variable} is '${code}', not an exit code` }
  return { status, reason: `${variable} is ${code}` }
}

/**
 * A variable that holds the status so far (Azure's Agent.JobStatus, Drone's, Woodpecker's,
 * Bitrise's, CodeBuild's): the reason says so, since a step after this one may still fail.
 */
function soFar(found: CiStatus, what: string): CiStatus {
  return 'status' in found
    ? { ...found, reason: `${found.reason} (the ${what}'s status so far: a later step may still fail)` }
    : found
}

/** An index and total pair of variables; a shard only when the total is above 1. */
function shardFrom(env: Env, index: string, total: string, firstIndex: 0 | 1): Shard | undefined {
  const count = Number(get(env, total))
  const at = Number(get(env, index) ?? firstIndex)
  if (!Number.isInteger(count) || count <= 1 || !Number.isInteger(at)) return undefined
  return { index: at - firstIndex + 1, total: count, variables: `${index} and ${total}` }
}

/** A Go duration (`10m`, `1h30m`, `40s`) in seconds; undefined when it is not one. */
function goDurationSeconds(text: string | undefined): number | undefined {
  if (!text || !/^(\d+(\.\d+)?(h|m|s|ms))+$/.test(text)) return undefined
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 }
  let seconds = 0
  for (const [, amount, , name] of text.matchAll(/(\d+(\.\d+)?)(ms|h|m|s)/g)) {
    seconds += Number(amount) * (unit[name ?? 's'] ?? 1)
  }
  return seconds > 0 ? seconds : undefined
}

/** A 1-based attempt from a 0-based retry count. */
function attemptFromRetries(retries: string | undefined): string | undefined {
  const count = Number(retries)
  return retries !== undefined && Number.isInteger(count) && count >= 0 ? String(count + 1) : undefined
}

/** A CI that has no status variable: `--status` must say it. */
const noStatusVariable = (hint: string) => (): CiStatus => ({ unavailable: hint })

/** The URL as a person can open it: no user, password or token in it. */
function withoutCredentials(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.toString()
  } catch {
    return undefined
  }
}

/** Drops what the CI did not set, so the task's output holds no nulls. */
function compact(run: CiRun): CiRun {
  return Object.fromEntries(Object.entries(run).filter(([, v]) => v !== undefined)) as CiRun
}

/**
 * GitHub Actions, and the forges whose runners take its workflows and variables: Gitea's
 * act_runner sets GITEA_ACTIONS=true, Forgejo's runner FORGEJO_ACTIONS=true (beside
 * GITHUB_ACTIONS=true, docs.gitea.com/usage/actions/comparison, forgejo.org/docs/latest/user/actions).
 * No variable tells a matrix leg: a matrix's callback belongs in a job that `needs` them all.
 */
function githubLike(id: string, name: string, marker?: string): CiProvider {
  return {
    id,
    name,
    docs: 'docs/ci/github-actions-cli.md',
    detect: env =>
      get(env, 'GITHUB_ACTIONS') === 'true' && (marker === undefined || get(env, marker) === 'true'),
    jobStatus: noStatusVariable(
      `${name} gives the job status only as \${{ job.status }}: pass --status "\${{ job.status }}" in a step with if: always()`
    ),
    run: env => {
      const server = get(env, 'GITHUB_SERVER_URL') ?? 'https://github.com'
      const repository = get(env, 'GITHUB_REPOSITORY')
      const runId = get(env, 'GITHUB_RUN_ID')
      return {
        provider: id,
        url:
          repository && runId
            ? withoutCredentials(`${server}/${repository}/actions/runs/${runId}`)
            : undefined,
        pipeline: get(env, 'GITHUB_WORKFLOW'),
        job: get(env, 'GITHUB_JOB'),
        id: runId,
        attempt: get(env, 'GITHUB_RUN_ATTEMPT'),
        sha: get(env, 'GITHUB_SHA'),
        ref: get(env, 'GITHUB_REF'),
        actor: get(env, 'GITHUB_ACTOR')
      }
    }
  }
}

const forgejo = githubLike('forgejo-actions', 'Forgejo Actions', 'FORGEJO_ACTIONS')
const gitea = githubLike('gitea-actions', 'Gitea Actions', 'GITEA_ACTIONS')
const github = githubLike('github-actions', 'GitHub Actions')

const gitlab: CiProvider = {
  id: 'gitlab',
  docs: 'docs/ci/gitlab.md',
  name: 'GitLab CI',
  detect: env => get(env, 'GITLAB_CI') === 'true',
  // docs.gitlab.com/ci/variables/predefined_variables: CI_JOB_STATUS "success, failed, or
  // canceled", set for after_script; gitlab-runner also sets timedout
  jobStatus: env =>
    fromStatusVariable(
      env,
      'CI_JOB_STATUS',
      ['success', 'failed', 'canceled', 'timedout'],
      'GitLab sets it when the job has ended: run this command in after_script'
    ),
  run: env => ({
    provider: 'gitlab',
    url: withoutCredentials(get(env, 'CI_JOB_URL') ?? get(env, 'CI_PIPELINE_URL')),
    pipeline: get(env, 'CI_PIPELINE_ID'),
    job: get(env, 'CI_JOB_NAME'),
    // No attempt variable: a retried job is a new job, with its own CI_JOB_ID.
    id: get(env, 'CI_JOB_ID'),
    sha: get(env, 'CI_COMMIT_SHA'),
    ref: get(env, 'CI_COMMIT_REF_NAME'),
    actor: get(env, 'GITLAB_USER_LOGIN')
  }),
  // parallel: N and parallel:matrix set CI_NODE_INDEX (from 1) and CI_NODE_TOTAL
  // (docs.gitlab.com/ci/yaml/#parallel; gitlab lib/gitlab/ci/variables/builder.rb)
  shard: env => shardFrom(env, 'CI_NODE_INDEX', 'CI_NODE_TOTAL', 1),
  // docs.gitlab.com/ci/yaml/#after_script: "Have a separate timeout. For GitLab Runner 16.4 and
  // later, this defaults to 5 minutes, and can be configured with the RUNNER_AFTER_SCRIPT_TIMEOUT
  // variable" (a Go duration such as 10m)
  window: env => {
    const set = goDurationSeconds(get(env, 'RUNNER_AFTER_SCRIPT_TIMEOUT'))
    return set
      ? { seconds: set, what: `GitLab gives after_script ${set} s (RUNNER_AFTER_SCRIPT_TIMEOUT)` }
      : { seconds: 300, what: 'GitLab gives after_script 5 minutes by default' }
  }
}

const azure: CiProvider = {
  id: 'azure-pipelines',
  docs: 'docs/ci/azure-pipelines.md',
  name: 'Azure Pipelines',
  detect: env => get(env, 'TF_BUILD')?.toLowerCase() === 'true',
  // learn.microsoft.com/azure/devops/pipelines/build/variables: Agent.JobStatus is the status
  // "so far": Succeeded until a step fails, so a later step may still fail the job.
  jobStatus: env =>
    soFar(
      fromStatusVariable(
        env,
        'AGENT_JOBSTATUS',
        ['Succeeded', 'SucceededWithIssues', 'Failed', 'Canceled', 'Skipped'],
        'Azure sets it in every step, as the job status so far: use condition: always() in the last step'
      ),
      'job'
    ),
  run: env => {
    const collection = get(env, 'SYSTEM_COLLECTIONURI')
    const project = get(env, 'SYSTEM_TEAMPROJECT')
    const buildId = get(env, 'BUILD_BUILDID')
    const base = collection?.endsWith('/') ? collection : collection && `${collection}/`
    return {
      provider: 'azure-pipelines',
      url:
        base && project && buildId
          ? withoutCredentials(`${base}${encodeURIComponent(project)}/_build/results?buildId=${buildId}`)
          : undefined,
      pipeline: get(env, 'BUILD_DEFINITIONNAME'),
      job: get(env, 'SYSTEM_JOBDISPLAYNAME') ?? get(env, 'SYSTEM_JOBNAME'),
      id: buildId,
      attempt: get(env, 'SYSTEM_JOBATTEMPT'),
      sha: get(env, 'BUILD_SOURCEVERSION'),
      ref: get(env, 'BUILD_SOURCEBRANCH'),
      actor: get(env, 'BUILD_REQUESTEDFOR')
    }
  },
  // strategy: matrix / parallel: System.JobPositionInPhase (from 1) and System.TotalJobsInPhase
  shard: env => shardFrom(env, 'SYSTEM_JOBPOSITIONINPHASE', 'SYSTEM_TOTALJOBSINPHASE', 1),
  // jobs.job.cancelTimeoutInMinutes: 5 by default, for always() steps after a cancel
  window: () => ({ seconds: 300, what: "Azure's cancel timeout is 5 minutes by default" })
}

const circleci: CiProvider = {
  id: 'circleci',
  docs: 'docs/ci/circleci.md',
  name: 'CircleCI',
  detect: env => get(env, 'CIRCLECI') === 'true',
  jobStatus: noStatusVariable(
    'CircleCI has no job-status variable: pass --status failure in a step with when: on_fail, and --status success in one with when: on_success'
  ),
  run: env => {
    const owner = get(env, 'CIRCLE_PROJECT_USERNAME')
    const repo = get(env, 'CIRCLE_PROJECT_REPONAME')
    return {
      provider: 'circleci',
      url: withoutCredentials(get(env, 'CIRCLE_BUILD_URL')),
      pipeline: owner && repo ? `${owner}/${repo}` : undefined,
      job: get(env, 'CIRCLE_JOB'),
      // No attempt variable: a rerun is a new job, with its own CIRCLE_BUILD_NUM.
      id: get(env, 'CIRCLE_BUILD_NUM'),
      sha: get(env, 'CIRCLE_SHA1'),
      ref: get(env, 'CIRCLE_TAG') ?? get(env, 'CIRCLE_BRANCH'),
      actor: get(env, 'CIRCLE_USERNAME')
    }
  },
  // circleci.com/docs/variables: CIRCLE_NODE_INDEX (from 0) and CIRCLE_NODE_TOTAL, parallelism
  shard: env => shardFrom(env, 'CIRCLE_NODE_INDEX', 'CIRCLE_NODE_TOTAL', 0)
}

const bitbucket: CiProvider = {
  id: 'bitbucket-pipelines',
  docs: 'docs/ci/bitbucket.md',
  name: 'Bitbucket Pipelines',
  detect: env =>
    get(env, 'BITBUCKET_BUILD_NUMBER') !== undefined && get(env, 'BITBUCKET_COMMIT') !== undefined,
  jobStatus: env => fromExitCode(env, 'BITBUCKET_EXIT_CODE', 'in after-script'),
  run: env => {
    const repository = get(env, 'BITBUCKET_REPO_FULL_NAME')
    const build = get(env, 'BITBUCKET_BUILD_NUMBER')
    return {
      provider: 'bitbucket-pipelines',
      url: repository && build ? `https://bitbucket.org/${repository}/pipelines/results/${build}` : undefined,
      pipeline: repository,
      // Bitbucket names no step by a variable: the step's UUID is all there is.
      job: get(env, 'BITBUCKET_STEP_UUID'),
      id: build,
      attempt: get(env, 'BITBUCKET_STEP_RUN_NUMBER'),
      sha: get(env, 'BITBUCKET_COMMIT'),
      // A custom pipeline run on a commit has no branch: the commit is the ref then.
      ref: get(env, 'BITBUCKET_TAG') ?? get(env, 'BITBUCKET_BRANCH') ?? get(env, 'BITBUCKET_COMMIT'),
      // The triggerer's UUID: Bitbucket gives no user name to a step.
      actor: get(env, 'BITBUCKET_STEP_TRIGGERER_UUID')
    }
  },
  // support.atlassian.com, variables and secrets: BITBUCKET_PARALLEL_STEP (from 0) and
  // BITBUCKET_PARALLEL_STEP_COUNT, in a parallel group
  shard: env => shardFrom(env, 'BITBUCKET_PARALLEL_STEP', 'BITBUCKET_PARALLEL_STEP_COUNT', 0)
}

const buildkite: CiProvider = {
  id: 'buildkite',
  docs: 'docs/ci/buildkite.md',
  name: 'Buildkite',
  detect: env => get(env, 'BUILDKITE') === 'true',
  jobStatus: env => {
    if (get(env, 'BUILDKITE_JOB_CANCELLED') === 'true') {
      return { status: 'FAILURE', reason: 'BUILDKITE_JOB_CANCELLED is true' }
    }
    return fromExitCode(env, 'BUILDKITE_COMMAND_EXIT_STATUS', 'in a post-command hook')
  },
  run: env => {
    const build = withoutCredentials(get(env, 'BUILDKITE_BUILD_URL'))
    const jobId = get(env, 'BUILDKITE_JOB_ID')
    return {
      provider: 'buildkite',
      // The build page opens on this job with its id as the fragment.
      url: build && jobId ? `${build}#${jobId}` : build,
      pipeline: get(env, 'BUILDKITE_PIPELINE_SLUG'),
      job: get(env, 'BUILDKITE_LABEL'),
      id: get(env, 'BUILDKITE_BUILD_NUMBER'),
      attempt: attemptFromRetries(get(env, 'BUILDKITE_RETRY_COUNT')),
      sha: get(env, 'BUILDKITE_COMMIT'),
      ref: get(env, 'BUILDKITE_TAG') ?? get(env, 'BUILDKITE_BRANCH'),
      actor: get(env, 'BUILDKITE_BUILD_CREATOR')
    }
  },
  // buildkite.com/docs/pipelines/environment-variables: BUILDKITE_PARALLEL_JOB (from 0) and
  // BUILDKITE_PARALLEL_JOB_COUNT, with parallelism
  shard: env => shardFrom(env, 'BUILDKITE_PARALLEL_JOB', 'BUILDKITE_PARALLEL_JOB_COUNT', 0),
  // buildkite.com/docs/pipelines/configure/build-timeouts: "If a timeout is triggered while a
  // command or hook is running, there's a 10-second grace period by default" (the agent's
  // cancel-grace-period, given to jobs as BUILDKITE_CANCEL_GRACE_PERIOD)
  window: env => {
    if (get(env, 'BUILDKITE_JOB_CANCELLED') !== 'true') return undefined
    const set = Number(get(env, 'BUILDKITE_CANCEL_GRACE_PERIOD'))
    return Number.isFinite(set) && set > 0
      ? {
          seconds: set,
          what: `after a cancel, Buildkite's hooks get ${set} s (BUILDKITE_CANCEL_GRACE_PERIOD)`
        }
      : {
          seconds: 10,
          what: "after a cancel, Buildkite's hooks get the cancel grace period, 10 s by default"
        }
  }
}

const jenkins: CiProvider = {
  id: 'jenkins',
  docs: 'docs/ci/jenkins.md',
  name: 'Jenkins',
  detect: env => get(env, 'JENKINS_URL') !== undefined || get(env, 'JENKINS_HOME') !== undefined,
  jobStatus: noStatusVariable(
    'Jenkins gives the build result only to the pipeline script: pass --status ${currentBuild.currentResult} in post { always { ... } }'
  ),
  run: env => ({
    provider: 'jenkins',
    url: withoutCredentials(get(env, 'BUILD_URL')),
    // JOB_NAME, not STAGE_NAME: in post { always } STAGE_NAME is "Declarative: Post Actions".
    job: get(env, 'JOB_NAME'),
    id: get(env, 'BUILD_NUMBER'),
    sha: get(env, 'GIT_COMMIT'),
    ref: get(env, 'TAG_NAME') ?? get(env, 'BRANCH_NAME') ?? get(env, 'GIT_BRANCH')
  })
}

const semaphore: CiProvider = {
  id: 'semaphore',
  docs: 'docs/ci/other.md#semaphore',
  name: 'Semaphore',
  detect: env => get(env, 'SEMAPHORE') === 'true',
  // docs.semaphoreci.com, environment variables: SEMAPHORE_JOB_RESULT is passed, failed or
  // stopped, in the epilogue
  jobStatus: env =>
    fromStatusVariable(
      env,
      'SEMAPHORE_JOB_RESULT',
      ['passed', 'failed', 'stopped'],
      'Semaphore sets it in the epilogue: run this command in epilogue: always'
    ),
  run: env => {
    const org = get(env, 'SEMAPHORE_ORGANIZATION_URL')
    const jobId = get(env, 'SEMAPHORE_JOB_ID')
    return {
      provider: 'semaphore',
      url: org && jobId ? withoutCredentials(`${org.replace(/\/$/, '')}/jobs/${jobId}`) : undefined,
      pipeline: get(env, 'SEMAPHORE_PROJECT_NAME'),
      job: get(env, 'SEMAPHORE_JOB_NAME'),
      id: get(env, 'SEMAPHORE_WORKFLOW_ID'),
      sha: get(env, 'SEMAPHORE_GIT_SHA'),
      ref: get(env, 'SEMAPHORE_GIT_REF') ?? get(env, 'SEMAPHORE_GIT_BRANCH')
    }
  },
  // docs.semaphoreci.com, job parallelism: SEMAPHORE_JOB_INDEX (from 1) and SEMAPHORE_JOB_COUNT
  shard: env => shardFrom(env, 'SEMAPHORE_JOB_INDEX', 'SEMAPHORE_JOB_COUNT', 1)
}

const codebuild: CiProvider = {
  id: 'aws-codebuild',
  docs: 'docs/ci/other.md#aws-codebuild',
  name: 'AWS CodeBuild',
  detect: env => get(env, 'CODEBUILD_BUILD_ID') !== undefined,
  // docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html:
  // CODEBUILD_BUILD_SUCCEEDING "Set to 0 if the build is failing, or 1 if the build is succeeding"
  jobStatus: env => {
    const value = get(env, 'CODEBUILD_BUILD_SUCCEEDING')
    if (value === '1') return soFar({ status: 'SUCCESS', reason: 'CODEBUILD_BUILD_SUCCEEDING is 1' }, 'build')
    if (value === '0') return { status: 'FAILURE', reason: 'CODEBUILD_BUILD_SUCCEEDING is 0' }
    return {
      unavailable:
        value === undefined
          ? 'CODEBUILD_BUILD_SUCCEEDING is not set (CodeBuild sets it in every phase: run this command in post_build)'
          : `CODEBUILD_BUILD_SUCCEEDING is '${value}', not 0 or 1`
    }
  },
  run: env => ({
    provider: 'aws-codebuild',
    url: withoutCredentials(get(env, 'CODEBUILD_BUILD_URL') ?? get(env, 'CODEBUILD_PUBLIC_BUILD_URL')),
    job: get(env, 'CODEBUILD_BUILD_ID'),
    id: get(env, 'CODEBUILD_BUILD_NUMBER'),
    sha: get(env, 'CODEBUILD_RESOLVED_SOURCE_VERSION'),
    ref: get(env, 'CODEBUILD_WEBHOOK_HEAD_REF') ?? get(env, 'CODEBUILD_SOURCE_VERSION'),
    actor: get(env, 'CODEBUILD_INITIATOR')
  })
}

const travis: CiProvider = {
  id: 'travis-ci',
  docs: 'docs/ci/other.md#travis-ci',
  name: 'Travis CI',
  detect: env => get(env, 'TRAVIS') === 'true',
  // docs.travis-ci.com/user/environment-variables: TRAVIS_TEST_RESULT is 0 if all commands in
  // the script section exited with zero, 1 otherwise
  jobStatus: env => fromExitCode(env, 'TRAVIS_TEST_RESULT', 'after the script phase: use after_script'),
  run: env => ({
    provider: 'travis-ci',
    url: withoutCredentials(get(env, 'TRAVIS_JOB_WEB_URL') ?? get(env, 'TRAVIS_BUILD_WEB_URL')),
    pipeline: get(env, 'TRAVIS_REPO_SLUG'),
    job: get(env, 'TRAVIS_JOB_NAME') ?? get(env, 'TRAVIS_JOB_NUMBER'),
    id: get(env, 'TRAVIS_JOB_ID'),
    sha: get(env, 'TRAVIS_COMMIT'),
    ref: get(env, 'TRAVIS_TAG') ?? get(env, 'TRAVIS_BRANCH')
  })
}

/** Woodpecker before Drone: older Woodpecker agents also set DRONE_* variables. */
const woodpecker: CiProvider = {
  id: 'woodpecker',
  docs: 'docs/ci/other.md#woodpecker',
  name: 'Woodpecker',
  detect: env => get(env, 'CI') === 'woodpecker',
  // woodpecker-ci.org/docs/usage/environment: CI_PIPELINE_STATUS is success or failure, the
  // pipeline's status so far
  jobStatus: env =>
    soFar(
      fromStatusVariable(
        env,
        'CI_PIPELINE_STATUS',
        ['success', 'failure'],
        'a step with when: status: [success, failure] runs after the others'
      ),
      'pipeline'
    ),
  run: env => ({
    provider: 'woodpecker',
    url: withoutCredentials(get(env, 'CI_PIPELINE_URL')),
    pipeline: get(env, 'CI_REPO'),
    job: get(env, 'CI_STEP_NAME'),
    id: get(env, 'CI_PIPELINE_NUMBER'),
    sha: get(env, 'CI_COMMIT_SHA'),
    ref: get(env, 'CI_COMMIT_TAG') ?? get(env, 'CI_COMMIT_BRANCH')
  })
}

const drone: CiProvider = {
  id: 'drone',
  docs: 'docs/ci/other.md#drone',
  name: 'Drone',
  detect: env => get(env, 'DRONE') === 'true',
  // docs.drone.io/pipeline/environment/reference/drone-build-status: success or failure, "a
  // point in time snapshot" that may not reflect pipelines running in parallel
  jobStatus: env =>
    soFar(
      fromStatusVariable(
        env,
        'DRONE_BUILD_STATUS',
        ['success', 'failure'],
        'a step with when: status: [success, failure] runs after the others'
      ),
      'build'
    ),
  run: env => ({
    provider: 'drone',
    url: withoutCredentials(get(env, 'DRONE_BUILD_LINK')),
    pipeline: get(env, 'DRONE_REPO'),
    job: get(env, 'DRONE_STEP_NAME') ?? get(env, 'DRONE_STAGE_NAME'),
    id: get(env, 'DRONE_BUILD_NUMBER'),
    sha: get(env, 'DRONE_COMMIT_SHA'),
    ref: get(env, 'DRONE_TAG') ?? get(env, 'DRONE_BRANCH'),
    actor: get(env, 'DRONE_COMMIT_AUTHOR')
  })
}

const bitrise: CiProvider = {
  id: 'bitrise',
  docs: 'docs/ci/other.md#bitrise',
  name: 'Bitrise',
  detect: env => get(env, 'BITRISE_IO') === 'true' || get(env, 'BITRISE_BUILD_NUMBER') !== undefined,
  // docs.bitrise.io, available environment variables: BITRISE_BUILD_STATUS is 0 (succeeding)
  // or 1 (failing), the build's status so far
  jobStatus: env =>
    soFar(
      fromExitCode(
        env,
        'BITRISE_BUILD_STATUS',
        'by the Bitrise CLI: run this in a step with is_always_run: true'
      ),
      'build'
    ),
  run: env => ({
    provider: 'bitrise',
    url: withoutCredentials(get(env, 'BITRISE_BUILD_URL')),
    pipeline: get(env, 'BITRISE_APP_TITLE'),
    job: get(env, 'BITRISE_TRIGGERED_WORKFLOW_ID'),
    id: get(env, 'BITRISE_BUILD_NUMBER'),
    sha: get(env, 'BITRISE_GIT_COMMIT') ?? get(env, 'GIT_CLONE_COMMIT_HASH'),
    ref: get(env, 'BITRISE_GIT_TAG') ?? get(env, 'BITRISE_GIT_BRANCH')
  })
}

/** Most specific first: Gitea and Forgejo before GitHub, Woodpecker before Drone, Jenkins last. */
export const CI_PROVIDERS: readonly CiProvider[] = [
  forgejo,
  gitea,
  github,
  gitlab,
  azure,
  circleci,
  bitbucket,
  buildkite,
  semaphore,
  codebuild,
  travis,
  woodpecker,
  drone,
  bitrise,
  jenkins
]

export function detectCi(env: Env): CiProvider | undefined {
  return CI_PROVIDERS.find(provider => provider.detect(env))
}

export function ciRun(provider: CiProvider | undefined, env: Env): CiRun {
  return compact(provider ? provider.run(env) : { provider: 'unknown' })
}
