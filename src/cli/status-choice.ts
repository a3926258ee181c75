/**
 * The job's status as the command line decides it: `--exit-code`, else `--status` (a CI's own
 * word, or an exit status), else the CI's own variable. Pure: the flags and environment come in.
 */
import type { CallbackStatus } from '../core/outcome.js'
import { ExtraFlags, variableFor, type Given } from './args.js'
import type { CiProvider } from './ci-providers.js'
import {
  acceptedWords,
  isNotEndedWord,
  isResultlessWord,
  statusOfExitCode,
  statusOfWord
} from '../core/status-words.js'

export type Decided =
  | { status: CallbackStatus; reason: string }
  /** `auto`, and the CI cannot tell: why, and what to pass. */
  | { unavailable: string }
  /** What was given cannot be read: a usage error, never quoting the value. */
  | { problem: string }

const WHAT_TO_PASS =
  "Pass --exit-code with the exit status of the job's command, or --status with a word from the " +
  `table (${acceptedWords()}).`

const KNOWN_CIS =
  'GitHub Actions, Gitea and Forgejo Actions, GitLab CI, Azure Pipelines, CircleCI, Bitbucket Pipelines, ' +
  'Buildkite, Semaphore, AWS CodeBuild, Travis CI, Woodpecker, Drone, Bitrise, Jenkins'

export function decideStatus(given: Given, ci: CiProvider | undefined, env: NodeJS.ProcessEnv): Decided {
  const exitCode = given(ExtraFlags.ExitCode)
  const status = given('status')
  const word = status.value.trim()
  // Given, but empty: a CI variable that expanded to nothing (Azure's $(testResult) of a job
  // renamed). Taken for auto, it would send the job's own status, perhaps a wrong SUCCESS.
  for (const name of [ExtraFlags.ExitCode, 'status']) {
    const value = given(name)
    const variable = variableFor(name)
    if (value.value.trim() === '' && (value.from !== undefined || env[variable] !== undefined)) {
      const what = value.from ?? variable
      return {
        problem:
          `${what} is given but empty (a variable that expanded to nothing?): give how the job ended, ` +
          `or leave it out for auto. ${WHAT_TO_PASS}`
      }
    }
  }
  const fixedWord = word !== '' && word.toLowerCase() !== 'auto'
  if (exitCode.value !== '') {
    const from = exitCode.from ?? '--exit-code'
    if (fixedWord) {
      return {
        problem: `${status.from} and ${from} are both given: give one, the job's status or its exit code.`
      }
    }
    const decided = statusOfExitCode(exitCode.value)
    return decided
      ? { status: decided, reason: `${from} is ${exitCode.value.trim()}` }
      : {
          problem: `${from} is not a whole number: give the exit status of the job's command, such as 0 or 1.`
        }
  }
  if (fixedWord) {
    const from = status.from ?? '--status'
    const fromWord = statusOfWord(word)
    if (fromWord) return { status: fromWord, reason: `${from} is ${word}` }
    const fromNumber = statusOfExitCode(word)
    if (fromNumber) {
      // CODEBUILD_BUILD_SUCCEEDING's 1 means passing; every exit status's 1 means failed.
      if (ci?.id === 'aws-codebuild') {
        return {
          problem:
            `${from} is a number, which in CodeBuild could be CODEBUILD_BUILD_SUCCEEDING (1 passing) or an ` +
            'exit status (1 failed): leave --status unset (auto reads CODEBUILD_BUILD_SUCCEEDING), or pass --exit-code.'
        }
      }
      return { status: fromNumber, reason: `${from} is ${word}, an exit status` }
    }
    if (isResultlessWord(word)) {
      return {
        problem:
          `${from} says the run ended but not how (GitHub's status, not its conclusion; Azure's build status, ` +
          `not its result): pass how it ended. ${WHAT_TO_PASS}`
      }
    }
    if (isNotEndedWord(word)) {
      return { problem: `${from} says the job has not ended: call back when it has. ${WHAT_TO_PASS}` }
    }
    return { problem: `${from} is not a word this program knows for a job's end. ${WHAT_TO_PASS}` }
  }
  if (!ci) {
    return {
      unavailable: `--status auto cannot tell how the job went: no CI this program knows was detected (${KNOWN_CIS}). ${WHAT_TO_PASS}`
    }
  }
  const found = ci.jobStatus(env)
  if ('status' in found) return found
  return {
    unavailable: `--status auto cannot tell how the job went: ${ci.name}: ${found.unavailable}. ${WHAT_TO_PASS}`
  }
}
