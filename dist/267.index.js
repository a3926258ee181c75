export const id = 267;
export const ids = [267];
export const modules = {

/***/ 2267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_REPORTER_LIFETIME_MS: () => (/* binding */ MAX_REPORTER_LIFETIME_MS),
  PROGRESS_RETRY_FOR_MS: () => (/* binding */ PROGRESS_RETRY_FOR_MS),
  PROGRESS_TIMEOUT_MS: () => (/* binding */ PROGRESS_TIMEOUT_MS),
  PROGRESS_UPDATE_MAX_MS: () => (/* binding */ PROGRESS_UPDATE_MAX_MS),
  followProgress: () => (/* binding */ followProgress),
  progressConnection: () => (/* binding */ progressConnection),
  runProgressReporter: () => (/* binding */ runProgressReporter)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(6214);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/action/completion-mark.ts
var completion_mark = __webpack_require__(8222);
// EXTERNAL MODULE: ./src/action/failure-details.ts
var failure_details = __webpack_require__(1331);
;// CONCATENATED MODULE: ./src/action/job-steps.ts
/**
 * This job's steps, polled through the GitHub API with conditional requests: a job that has not
 * changed since the last look answers 304 Not Modified, which GitHub does not count against the
 * rate limit.
 */


/** Bound on each request: a slow API delays the next look, never more. */
const JOB_POLL_TIMEOUT_MS = 10_000;
/** How long to wait out a rate limit whose end the API did not give. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
class JobPoller {
    token;
    env;
    now;
    timeoutMs;
    jobId;
    etag;
    constructor(token, checkRunId, env, now = Date.now, timeoutMs = JOB_POLL_TIMEOUT_MS) {
        this.token = token;
        this.env = env;
        this.now = now;
        this.timeoutMs = timeoutMs;
        this.jobId = checkRunId;
    }
    async poll() {
        const run = (0,failure_details/* thisRun */.os)(this.env);
        if (!run)
            return { kind: 'unavailable', reason: 'GITHUB_REPOSITORY or GITHUB_RUN_ID is not set' };
        const signal = AbortSignal.timeout(this.timeoutMs);
        try {
            const octokit = await (0,failure_details/* githubClient */.$f)(this.token, this.env, signal);
            // Without job.check_run_id, the run attempt's jobs are listed once to find this one's id.
            this.jobId ??= (0,failure_details/* findThisJob */.BI)(await (0,failure_details/* listAttemptJobs */.C7)(octokit, run), undefined, this.env['RUNNER_NAME'])?.id;
            if (!this.jobId)
                return { kind: 'unavailable', reason: (0,failure_details/* noJobOnThisRunner */.ix)(run, this.env) };
            return await this.pollJob(octokit, run, this.jobId);
        }
        catch (error) {
            return this.failure(error, signal, error);
        }
    }
    async pollJob(octokit, run, jobId) {
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}', {
            owner: run.owner,
            repo: run.repo,
            job_id: jobId,
            headers: this.etag ? { 'if-none-match': this.etag } : {}
        });
        this.etag = response.headers.etag;
        return { kind: 'changed', job: response.data };
    }
    failure({ status, response }, signal, error) {
        if (status === 304)
            return { kind: 'unchanged' };
        const headers = response?.headers ?? {};
        const limited = status === 429 ||
            (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after']));
        if (limited) {
            return { kind: 'limited', untilMs: this.limitEnd(headers), reason: `rate limited (HTTP ${status})` };
        }
        if (status === 401 || status === 403 || status === 404)
            return { kind: 'unavailable', reason: (0,failure_details/* cannotReadJobs */.MO)(status) };
        if (signal.aborted)
            return { kind: 'failed', reason: `the GitHub API did not answer within ${this.timeoutMs / 1000} s` };
        return { kind: 'failed', reason: `the GitHub API failed: ${(0,errors/* errorText */.k)(error)}` };
    }
    limitEnd(headers) {
        const retryAfter = Number(headers['retry-after']);
        if (retryAfter > 0)
            return this.now() + retryAfter * 1000;
        const reset = Number(headers['x-ratelimit-reset']);
        return reset > 0 ? reset * 1000 : this.now() + DEFAULT_RATE_LIMIT_WAIT_MS;
    }
}

// EXTERNAL MODULE: ./src/core/regular-file.ts
var regular_file = __webpack_require__(266);
;// CONCATENATED MODULE: ./src/action/progress-file.ts
/**
 * The progress file, named to the job's later steps by VIBEIQ_PROGRESS: they append lines, and
 * the reporter reads only what was added since it last looked.
 */

/** A progress line is short: of a file that grew by more, only its end is read. */
const PROGRESS_TAIL_BYTES = 64 * 1024;
class ProgressFile {
    path;
    readBytes = 0;
    constructor(path) {
        this.path = path;
    }
    /** What was written since the last call; undefined when nothing was, or the file is gone. */
    async readNew() {
        let handle;
        try {
            handle = await (0,regular_file/* openRegularFile */.Z)(this.path);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
        try {
            const { size, mtimeMs } = await handle.stat();
            // Shorter than what was read: emptied or replaced, so read it again from its start.
            if (size < this.readBytes)
                this.readBytes = 0;
            if (size === this.readBytes)
                return undefined;
            const from = Math.max(this.readBytes, size - PROGRESS_TAIL_BYTES);
            const buffer = Buffer.alloc(size - from);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
            this.readBytes = from + bytesRead;
            return { text: buffer.toString('utf8', 0, bytesRead), at: mtimeMs };
        }
        finally {
            await handle.close();
        }
    }
}

// EXTERNAL MODULE: ./src/action/progress-record.ts
var progress_record = __webpack_require__(9865);
;// CONCATENATED MODULE: ./src/action/progress-text.ts
/** A subtext is one short line: a longer one is cut to this many characters. */
const MAX_SUBTEXT_CHARS = 200;
/**
 * `Running '<step>' (step <n> of <total>)` for the step in progress, dated by its start; the
 * API gives it to the second, so `fallbackAt` dates a step without one.
 */
function runningStep(steps, redact, fallbackAt) {
    const ordered = [...steps].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
    const index = ordered.findIndex(step => step.status === 'in_progress');
    const step = ordered[index];
    if (!step)
        return undefined;
    const started = Date.parse(step.started_at ?? '');
    return {
        text: subtextLine(`Running '${step.name}' (step ${index + 1} of ${ordered.length})`, redact),
        at: Number.isFinite(started) ? started : fallbackAt
    };
}
/** The last line of `text` that has something to show, as a subtext. */
function newestLine(text, redact) {
    const lines = text.split(/\r?\n|\r/);
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = subtextLine(lines[i] ?? '', redact);
        if (line)
            return line;
    }
    return undefined;
}
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * One line fit for the subtext: colours and control characters out, spaces collapsed,
 * redacted, then cut. Redacted before the cut, since no redaction recognises a secret cut in
 * two; and before the clean-up too, which could change a secret's spacing.
 */
function subtextLine(text, redact) {
    const cleaned = redact(text).replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARACTERS, ' ');
    const line = redact(cleaned.replace(/\s+/g, ' ').trim());
    const characters = Array.from(line);
    if (characters.length <= MAX_SUBTEXT_CHARS)
        return line;
    return `${characters.slice(0, MAX_SUBTEXT_CHARS - 3).join('')}...`;
}
/** The newer of the two; on a tie, the job's own words (the line) over the step. */
function newer(step, line) {
    if (!step || !line)
        return line ?? step;
    return line.at >= step.at ? line : step;
}

// EXTERNAL MODULE: ./src/core/settings.ts + 2 modules
var settings = __webpack_require__(2038);
// EXTERNAL MODULE: ./src/core/vibeiq-client.ts + 1 modules
var vibeiq_client = __webpack_require__(1733);
// EXTERNAL MODULE: ./src/action/http-client-transport.ts
var http_client_transport = __webpack_require__(4170);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
;// CONCATENATED MODULE: ./src/action/progress-reporter.ts
/**
 * Watch mode's progress reporter: a process of its own, which the watch step's main phase
 * starts in the background from this same bundle and its post phase stops. Every interval it
 * looks at this job's steps (GitHub API) and at the progress file, and when the newer of the
 * two says something new, sets the task's subtext. Best effort throughout: nothing it does can
 * fail a step, and it never writes to the step log. Its stdout goes nowhere, since reading the
 * settings writes `::add-mask::` lines holding the secrets; its own lines go to a log in
 * RUNNER_TEMP, and what it sent to a record that the post phase prints.
 */












/** However long the job, its reporter ends by then; the runner's orphan-process clean-up is the backstop. */
const MAX_REPORTER_LIFETIME_MS = 72 * 60 * 60 * 1000;
/**
 * An update is tried twice at most, the second starting within 4 s, each attempt 4 s at most: a
 * progress text soon goes stale, and an update must end, answered or given up, before a
 * callback's wait for it does (UPDATE_SETTLE_MS, and the post phase's REPORTER_STOP_WAIT_MS),
 * so that the callback never goes out while an update is still on its way.
 */
const PROGRESS_RETRY_FOR_MS = 4000;
const PROGRESS_TIMEOUT_MS = 4000;
/** The longest one update can take: its last attempt starts within retry-for and lasts a timeout. */
const PROGRESS_UPDATE_MAX_MS = PROGRESS_RETRY_FOR_MS + PROGRESS_TIMEOUT_MS;
/**
 * Looks every interval, sends at most one update each time and only when the text changed,
 * until the job shows completed (its post phase never ran) or the lifetime ends; returns why
 * it ended. The post phase usually stops it long before either.
 */
async function followProgress(options, io) {
    const { intervalMs, redact, maxLifetimeMs = MAX_REPORTER_LIFETIME_MS } = options;
    const started = io.now();
    const at = () => new Date(io.now()).toISOString();
    let pollJob = io.pollJob;
    let pausedUntil = 0;
    let step;
    let line;
    let shown;
    let fileProblem;
    for (;;) {
        await io.sleep(intervalMs);
        if (io.now() - started >= maxLifetimeMs) {
            return `it ran for ${maxLifetimeMs / 3_600_000} hours, the most a reporter may`;
        }
        const stop = await io.shouldStop?.();
        if (stop)
            return stop;
        if (pollJob && io.now() >= pausedUntil) {
            // Whatever the API answers (null, steps that are not a list...), the look goes on.
            const polled = await pollJob().catch((error) => ({
                kind: 'failed',
                reason: `the GitHub API failed: ${(0,errors/* errorText */.k)(error)}`
            }));
            if (polled.kind === 'changed') {
                const job = polled.job;
                if (isObject(job) && job['status'] === 'completed')
                    return 'the job has completed';
                if (!isObject(job) || !Array.isArray(job['steps']))
                    io.log('The job came without a list of steps.');
                step = runningStep(stepsOf(job), redact, io.now()) ?? step;
            }
            else if (polled.kind === 'unavailable') {
                io.record({ at: at(), note: `Following the progress file only: ${redact(polled.reason)}.` });
                pollJob = undefined;
            }
            else if (polled.kind === 'limited') {
                pausedUntil = polled.untilMs;
                io.log(`The GitHub API ${polled.reason}: next look at the job at ${new Date(pausedUntil).toISOString()}.`);
            }
            else if (polled.kind === 'failed') {
                io.log(`Could not look at the job: ${polled.reason}.`);
            }
        }
        try {
            const written = await io.readProgressFile();
            const text = written && newestLine(written.text, redact);
            if (written && text)
                line = { text, at: written.at };
            fileProblem = undefined;
        }
        catch (error) {
            const problem = `Could not read the progress file: ${(0,errors/* errorText */.k)(error)}`;
            if (problem !== fileProblem)
                io.log(problem);
            fileProblem = problem;
        }
        const latest = newer(step, line);
        if (latest && latest.text !== shown) {
            const claim = (await io.claimUpdate?.()) ?? { kind: 'go', done: () => undefined };
            if (claim.kind === 'stop')
                return claim.why;
            if (claim.kind === 'wait')
                continue;
            shown = latest.text;
            let delivery;
            try {
                delivery = await io.send(latest.text);
            }
            finally {
                claim.done();
            }
            io.record({
                at: at(),
                subtext: latest.text,
                ...(delivery && { outcome: delivery.outcome, httpStatus: delivery.httpStatus, error: delivery.error })
            });
        }
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The steps that look like steps: an API answer may hold anything. */
function stepsOf(job) {
    const steps = isObject(job) ? job['steps'] : undefined;
    if (!Array.isArray(steps))
        return [];
    return steps.filter((candidate) => isObject(candidate) && typeof candidate['name'] === 'string');
}
/** A subtext update's own budget: one retry within 4 s, each attempt 4 s at most. */
function progressConnection(connection) {
    return {
        ...connection,
        retries: Math.min(connection.retries, 1),
        retryForMs: Math.min(connection.retryForMs, PROGRESS_RETRY_FOR_MS),
        timeoutMs: Math.min(connection.timeoutMs, PROGRESS_TIMEOUT_MS)
    };
}
/** How often a waiting reporter looks for the post phase's request to stop. */
const STOP_CHECK_MS = 100;
/** Why the task's outcome, once recorded, ends the reporter. */
function completedWhy(mark) {
    return `the task's outcome is recorded (${mark.status}, ${mark.state}), so nothing more is sent`;
}
/** The reporter process's entry point (see index.ts). */
async function runProgressReporter(env = process.env) {
    const paths = (0,progress_record/* reporterPaths */.Cq)(env[constants/* ProgressEnv */.dm.Reporter] ?? '');
    let redact = text => text;
    const log = (message) => (0,external_node_fs_.appendFileSync)(paths.log, `${new Date().toISOString()} ${redact(message)}\n`);
    const end = (why) => {
        (0,progress_record/* appendRecord */.EB)(paths.record, { at: new Date().toISOString(), ended: redact(why) });
        log(`Ended: ${why}.`);
    };
    // The post phase asks by a file first, and waits for an update on its way to be answered; it
    // signals only when that does not end it in time. Exiting at once then closes every socket.
    process.once('SIGTERM', () => {
        try {
            end('stopped by the post phase');
        }
        finally {
            process.exit(0);
        }
    });
    let why;
    try {
        // Its stdout goes nowhere: masking, which writes there, has nothing to do.
        const result = (0,settings/* readSettings */.sb)((0,inputs/* actionInputs */.e)(env), () => undefined, env);
        if (result.ok) {
            redact = result.settings.redact;
            log(`Following task ${result.settings.taskId} (progress: ${result.settings.progress}).`);
            why = await followProgress({ intervalMs: result.settings.progressIntervalMs, redact }, reporterIo(result.settings, paths, env, log));
        }
        else {
            why = `its inputs are invalid: ${result.errors.join(' ')}`;
        }
    }
    catch (error) {
        why = `it failed: ${(0,errors/* errorText */.k)(error)}`;
    }
    end(why);
    // Octokit's keep-alive connections would hold the process a while longer.
    process.exit(0);
}
function reporterIo(settings, paths, env, log) {
    const client = new vibeiq_client/* VibeIqClient */.uC(progressConnection(settings.connection), settings.redact, {
        info: log,
        openRequest: http_client_transport/* openWithHttpClient */.g
    });
    const file = new ProgressFile(paths.progressFile);
    const record = (entry) => (0,progress_record/* appendRecord */.EB)(paths.record, entry);
    let poller;
    if (settings.progress === 'steps' && settings.githubToken) {
        poller = new JobPoller(settings.githubToken, settings.jobCheckRunId, env);
    }
    else if (settings.progress === 'steps') {
        record({ at: new Date().toISOString(), note: 'Following the progress file only: github-token is empty.' });
    }
    const stopRequested = () => (0,external_node_fs_.existsSync)(paths.stop);
    return {
        now: Date.now,
        // Cut short by the post phase's request to stop.
        sleep: async (ms) => {
            const until = Date.now() + ms;
            while (!stopRequested() && Date.now() < until) {
                await new Promise(resolve => setTimeout(resolve, Math.min(STOP_CHECK_MS, until - Date.now())));
            }
        },
        shouldStop: async () => {
            if (stopRequested())
                return 'stopped by the post phase';
            const mark = await (0,completion_mark/* readCompletion */.tZ)(settings.taskId, env);
            return mark && mark.state !== 'sending' ? completedWhy(mark) : undefined;
        },
        claimUpdate: async () => {
            if (stopRequested())
                return { kind: 'stop', why: 'stopped by the post phase' };
            const claim = await (0,completion_mark/* beginUpdate */.nC)(settings.taskId, env);
            if ('end' in claim)
                return { kind: 'go', done: claim.end };
            // A callback on its way may yet be refused: wait for what comes of it.
            return claim.completed.state === 'sending'
                ? { kind: 'wait' }
                : { kind: 'stop', why: completedWhy(claim.completed) };
        },
        pollJob: poller && (() => poller.poll()),
        readProgressFile: () => file.readNew(),
        send: async (subtext) => settings.dryRun ? undefined : client.send(client.subtextRequest(settings.taskId, subtext)),
        record,
        log
    };
}


/***/ })

};
