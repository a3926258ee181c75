export const id = 435;
export const ids = [435,314];
export const modules = {

/***/ 8435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finishWatching: () => (/* binding */ finishWatching),
  startWatching: () => (/* binding */ startWatching)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/core/completion.ts + 3 modules
var completion = __webpack_require__(9006);
// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(6214);
// EXTERNAL MODULE: ./src/core/outcome.ts
var core_outcome = __webpack_require__(9411);
// EXTERNAL MODULE: ./src/core/retry-policy.ts
var retry_policy = __webpack_require__(7444);
// EXTERNAL MODULE: ./src/core/subtext.ts
var subtext = __webpack_require__(5314);
// EXTERNAL MODULE: ./src/action/completion-mark.ts
var completion_mark = __webpack_require__(8222);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/action/failure-details.ts
/**
 * The names of this job's failed steps, from the GitHub API. Best effort and bounded in time:
 * the callback never waits on it for more than a few seconds, and goes out without it.
 */

const FAILURE_DETAILS_TIMEOUT_MS = 5000;
async function fetchFailedSteps(token, checkRunId, env = process.env, timeoutMs = FAILURE_DETAILS_TIMEOUT_MS) {
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    const runId = Number(env['GITHUB_RUN_ID']);
    if (!owner || !repo || !runId)
        return { unavailable: 'GITHUB_REPOSITORY or GITHUB_RUN_ID is not set' };
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        // Loaded here: a plain callback never pays for Octokit.
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        const octokit = getOctokit(token, {
            baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
            request: { signal, retries: 0 }
        });
        const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
            owner,
            repo,
            run_id: runId,
            attempt_number: Number(env['GITHUB_RUN_ATTEMPT'] || '1'),
            per_page: 100
        });
        const job = findThisJob(jobs, checkRunId, env['RUNNER_NAME']);
        if (!job)
            return { unavailable: `no job of run ${runId} ran on runner '${env['RUNNER_NAME'] ?? ''}'` };
        return { failedSteps: failedStepNames(job) };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 404) {
            return {
                unavailable: `the token cannot read this run's jobs (HTTP ${status}); grant 'permissions: actions: read'`
            };
        }
        if (signal.aborted)
            return { unavailable: `the GitHub API did not answer within ${timeoutMs / 1000} s` };
        return { unavailable: `the GitHub API failed: ${(0,errors/* errorText */.k)(error)}` };
    }
}
/**
 * By `job.check_run_id` (the job's id) where the runner provides it; otherwise the job in
 * progress on this runner, which runs one job at a time.
 */
function findThisJob(jobs, checkRunId, runnerName) {
    const byId = checkRunId ? jobs.find(job => job.id === checkRunId) : undefined;
    return byId ?? jobs.find(job => job.runner_name === runnerName && job.status === 'in_progress');
}
function failedStepNames(job) {
    return (job.steps ?? []).filter(step => step.conclusion === 'failure').map(step => step.name);
}

// EXTERNAL MODULE: ./src/action/run-info.ts
var run_info = __webpack_require__(3604);
// EXTERNAL MODULE: ./src/action/toolkit-edge.ts + 1 modules
var toolkit_edge = __webpack_require__(2713);
;// CONCATENATED MODULE: ./src/action/watch.ts
/**
 * `mode: watch`: one step at the top of a job. Its main phase announces the job on the task;
 * its post phase, which the runner runs when the job ends, sends the job's real outcome
 * unless another step of this job already completed the task.
 */










async function startWatching(settings, hooks) {
    const runInfo = (0,run_info/* readRunInfo */.m)();
    core/* setOutput */.uH(constants/* Outputs */.tY.TaskId, settings.taskId);
    const running = `GitHub job '${runInfo.job ?? 'unknown'}' is running${runInfo.url ? `: ${runInfo.url}` : ''}`;
    await (0,subtext.updateSubtext)(settings, settings.subtext ?? running, toolkit_edge/* toolkitEdge */.G, hooks);
    core/* info */.pq(`Watching task ${settings.taskId}: when this job ends, the post step of this action sends ` +
        `its outcome, unless a callback step of this job has completed the task by then.`);
}
async function finishWatching(given, hooks) {
    const mark = await (0,completion_mark/* readCompletion */.tZ)(given.taskId);
    if (mark?.state === 'accepted') {
        core/* info */.pq(`Task ${given.taskId} was already completed by an earlier step of this job ` +
            `(${mark.status}, HTTP ${mark.httpStatus ?? '-'}): nothing more to send.`);
        return;
    }
    // The runner kills a cancelled job's post steps 5 minutes after the cancellation.
    const settings = given.jobStatus === 'cancelled'
        ? { ...given, connection: (0,retry_policy/* budgetWithin */.jo)(given.connection, constants/* CANCELLED_DELIVERY_MS */.sg) }
        : given;
    if (mark?.state === 'uncertain') {
        await (0,completion/* resendUncertainCallback */.Gr)(settings, mark, settings.failOnError, toolkit_edge/* toolkitEdge */.G, hooks);
        return;
    }
    const outcome = (0,core_outcome/* decideOutcome */.dl)(settings.statusChoice, settings.jobStatus, settings.needs);
    const runInfo = (0,run_info/* readRunInfo */.m)();
    const ended = jobEnding(settings.jobStatus);
    const leading = [
        ...(0,completion/* neededJobLines */.U8)(settings),
        `GitHub job '${runInfo.job ?? 'unknown'}' ${ended}${runInfo.url ? `: ${runInfo.url}` : ''}`
    ];
    let runDetails;
    if (settings.jobStatus === 'failure' && settings.githubToken) {
        const details = await fetchFailedSteps(settings.githubToken, settings.jobCheckRunId);
        if ('failedSteps' in details) {
            leading.push(...details.failedSteps.map(step => `Failed step: ${step}`));
            runDetails = { failedSteps: details.failedSteps };
        }
        else {
            core/* debug */.Yz(`The failed steps are not named in the callback: ${details.unavailable}.`);
        }
    }
    const defaultSubtext = endingSubtext(ended, outcome, settings.jobStatus);
    // The `subtext` input described the job while it ran; the task's last word is its outcome.
    const final = { ...settings, subtext: undefined };
    await (0,completion/* completeTask */.Rt)(final, { outcome, leading, defaultSubtext, runDetails }, toolkit_edge/* toolkitEdge */.G, hooks);
}
function jobEnding(jobStatus) {
    if (jobStatus === 'failure')
        return 'failed';
    if (jobStatus === 'cancelled')
        return 'was cancelled';
    return 'succeeded';
}
function endingSubtext(ended, outcome, jobStatus) {
    const jobFailed = jobStatus === 'failure' || jobStatus === 'cancelled';
    if (outcome.status === 'FAILURE' && !jobFailed)
        return `GitHub job failed: ${outcome.reason}`;
    return `GitHub job ${ended}`;
}


/***/ }),

/***/ 5314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSubtextMode: () => (/* binding */ runSubtextMode),
/* harmony export */   updateSubtext: () => (/* binding */ updateSubtext)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6214);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
/* harmony import */ var _vibeiq_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1733);
/** Progress updates: PUT the task's subtext. Best effort: a failed update is only a warning. */



async function updateSubtext(settings, subtext, edge, hooks) {
    const client = new _vibeiq_client_js__WEBPACK_IMPORTED_MODULE_2__/* .VibeIqClient */ .uC(settings.connection, settings.redact, edge, hooks);
    const request = client.subtextRequest(settings.taskId, settings.redact(subtext));
    (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .printRequest */ .TD)(edge, `Subtext update for VibeIQ task ${settings.taskId}`, request);
    if (settings.dryRun) {
        edge.info(`Dry run: the update above was not sent (${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.DryRun}: true).`);
        return undefined;
    }
    const delivery = await client.send(request);
    (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .printResponse */ .Zd)(edge, delivery);
    if (delivery.outcome === 'accepted')
        edge.info(`Subtext of task ${settings.taskId} updated.`);
    else
        edge.warning(`The subtext update was not delivered (the task itself is unaffected): ${delivery.error}`);
    return delivery;
}
/** `mode: subtext`, and the command line's `subtext`. */
async function runSubtextMode(settings, edge, hooks) {
    const subtext = settings.subtext ?? '';
    const delivery = await updateSubtext(settings, subtext, edge, hooks);
    (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .setResultOutputs */ .Ge)(edge, { taskId: settings.taskId, delivery });
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .Sy)(edge, {
        heading: 'VibeIQ subtext update',
        rows: [
            { label: 'Task id', value: settings.taskId },
            { label: 'Mode', value: settings.mode },
            { label: 'Subtext', value: settings.redact(subtext) },
            ...(0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .deliveryRows */ .Ij)(delivery)
        ],
        runUrl: edge.run().url
    });
    return delivery;
}


/***/ })

};
