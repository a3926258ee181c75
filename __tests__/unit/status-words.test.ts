/** The one table of every CI's words for how a job ended, read by the Action and the command line. */
import { describe, expect, it } from '@jest/globals'
import {
  acceptedWords,
  isNotEndedWord,
  isResultlessWord,
  NOT_ENDED_WORDS,
  STATUS_WORD_TABLE,
  statusOfExitCode,
  statusOfWord
} from '../../src/core/status-words.js'

describe('statusOfWord', () => {
  it.each([
    // SUCCESS/FAILURE in any case, GitHub's job.status
    ['success', 'SUCCESS'],
    ['SUCCESS', 'SUCCESS'],
    ['failure', 'FAILURE'],
    ['cancelled', 'FAILURE'],
    // GitLab's CI_JOB_STATUS, Azure's Agent.JobStatus
    ['failed', 'FAILURE'],
    ['canceled', 'FAILURE'],
    ['timedout', 'FAILURE'],
    ['succeeded', 'SUCCESS'],
    // "something failed but the job went on" is a FAILURE everywhere
    ['succeededwithissues', 'FAILURE'],
    ['UNSTABLE', 'FAILURE'],
    ['soft_failed', 'FAILURE'],
    ['skipped', 'FAILURE'],
    ['aborted', 'FAILURE'],
    ['not_built', 'FAILURE'],
    // Semaphore, Buildkite, Tekton, Argo
    ['passed', 'SUCCESS'],
    ['stopped', 'FAILURE'],
    ['Completed', 'SUCCESS'],
    ['Error', 'FAILURE'],
    ['  failed  ', 'FAILURE']
  ] as const)('%j is %s', (word, status) => {
    expect(statusOfWord(word)).toBe(status)
  })

  it('knows no other word, and no exit status', () => {
    for (const word of ['running', 'green', '', '0', '1', 'completed', 'COMPLETED']) {
      expect(statusOfWord(word)).toBeUndefined()
    }
  })

  it('reads every row of the table as written, and a word two CIs share means the same to both', () => {
    for (const row of STATUS_WORD_TABLE) expect(statusOfWord(row.word)).toBe(row.status)
    const byWord = new Map<string, string>()
    for (const row of STATUS_WORD_TABLE) {
      const key = row.exactCase ? row.word : row.word.toLowerCase()
      expect(byWord.get(key) ?? row.status).toBe(row.status)
      byWord.set(key, row.status)
    }
  })
})

describe('the table', () => {
  it('names, for each word, the CI that says it (the docs and --help are built from it)', () => {
    for (const row of STATUS_WORD_TABLE) {
      expect(row.word).toMatch(/^\S+$/)
      expect(row.from.length).toBeGreaterThan(10)
    }
  })
})

describe('words that are no status', () => {
  it("'completed' says a run ended but not how (GitHub's status, Azure's build status)", () => {
    expect(isResultlessWord('completed')).toBe(true)
    expect(isResultlessWord(' Completed ')).toBe(false) // Tekton's word, as written
    expect(isResultlessWord('COMPLETED')).toBe(true)
    expect(isResultlessWord('failed')).toBe(false)
  })

  it('knows the words CIs use for a job still going: running, pending, none, created, started', () => {
    for (const word of ['running', 'pending', 'none', 'None', 'created', 'started']) {
      expect(isNotEndedWord(word)).toBe(true)
    }
    expect(isNotEndedWord('')).toBe(false)
  })

  it('reads a word of the table before it calls it resultless, and trims it either way', () => {
    // statusOfWord is asked first: a row would win over the resultless list.
    expect(isResultlessWord('  completed')).toBe(true)
    expect(isResultlessWord('')).toBe(false)
  })

  it('words that say the job has not ended, in any case', () => {
    for (const word of NOT_ENDED_WORDS) {
      expect(isNotEndedWord(word)).toBe(true)
      expect(isNotEndedWord(` ${word.toUpperCase()} `)).toBe(true)
      expect(statusOfWord(word)).toBeUndefined()
    }
    expect(isNotEndedWord('success')).toBe(false)
  })
})

describe('statusOfExitCode', () => {
  it('reads 0 as SUCCESS and any other whole number as FAILURE; anything else is no exit status', () => {
    expect(['0', ' 0 ', '1', '127', '-1', '00'].map(statusOfExitCode)).toEqual([
      'SUCCESS',
      'SUCCESS',
      'FAILURE',
      'FAILURE',
      'FAILURE',
      'SUCCESS'
    ])
    expect(['1.5', 'x', '', '0x1', '1e2'].map(statusOfExitCode)).toEqual(Array(5).fill(undefined))
  })
})

describe('acceptedWords', () => {
  it('lists each word of the table once, in its order, for --help and the usage error', () => {
    expect(acceptedWords()).toBe(STATUS_WORD_TABLE.map(row => row.word).join(', '))
    expect(acceptedWords().split(', ')).toContain('SucceededWithIssues')
  })
})
