export const id = 53;
export const ids = [53,265];
export const modules = {

/***/ 1265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   displayPath: () => (/* binding */ displayPath),
/* harmony export */   resolvePatterns: () => (/* binding */ resolvePatterns),
/* harmony export */   searchPatterns: () => (/* binding */ searchPatterns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const GLOB_CHARS = /[*?[\]{}]/;
const TIMED_OUT = Symbol('timed out');
/**
 * Resolves paths and glob patterns (one per entry; `!pattern` excludes) relative to the
 * working directory. Plain paths are checked directly, so the glob library is loaded only
 * when a pattern needs it.
 */
async function resolvePatterns(patterns) {
    return (await searchPatterns(patterns, { maxFiles: Infinity, timeLeftMs: () => Infinity })).matches;
}
/**
 * As resolvePatterns, within limits: the first `maxFiles` files found (in the order of the
 * patterns, each pattern's in the order the search meets them, then sorted), found in the
 * time given.
 */
async function searchPatterns(patterns, limits) {
    const excludes = patterns.filter(p => p.startsWith('!'));
    const seen = new Set();
    const matches = [];
    for (const pattern of patterns.filter(p => !p.startsWith('!'))) {
        const found = matchPattern(pattern, excludes)[Symbol.asyncIterator]();
        const files = [];
        let matched = false;
        let stopped;
        for (;;) {
            const timeLeft = limits.timeLeftMs();
            const next = timeLeft > 0 ? await withinTime(found.next(), timeLeft) : TIMED_OUT;
            if (next === TIMED_OUT)
                stopped = 'time';
            else if (next.done)
                break;
            else {
                matched = true;
                if (seen.has(next.value))
                    continue;
                if (seen.size >= limits.maxFiles)
                    stopped = 'files';
                else {
                    seen.add(next.value);
                    files.push(next.value);
                    continue;
                }
            }
            // Stops the search; one that is waiting on the file system stops at its next file.
            found.return(undefined).catch(() => undefined);
            break;
        }
        matches.push({ pattern, files: files.sort(), matched });
        if (stopped)
            return { matches, stopped };
    }
    return { matches };
}
async function* matchPattern(pattern, excludes) {
    if (!GLOB_CHARS.test(pattern) && excludes.length === 0) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(pattern).catch(() => undefined);
        if (!info)
            return;
        // Anything but a directory, as the glob would list it; reading decides what it can read.
        if (!info.isDirectory()) {
            yield (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(pattern);
            return;
        }
    }
    const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 2377));
    const globber = await glob.create([pattern, ...excludes].join('\n'), {
        matchDirectories: false,
        implicitDescendants: true
    });
    yield* globber.globGenerator();
}
async function withinTime(promise, ms) {
    if (ms === Infinity)
        return promise;
    let timer;
    const timeout = new Promise(resolve => {
        timer = setTimeout(() => resolve(TIMED_OUT), ms);
    });
    try {
        const result = await Promise.race([promise, timeout]);
        // Left to finish on its own: whatever it ends with is no longer wanted.
        if (result === TIMED_OUT)
            promise.catch(() => undefined);
        return result;
    }
    finally {
        clearTimeout(timer);
    }
}
/** How a file is named in messages and log headers: relative to the workspace when inside it. */
function displayPath(file, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, file);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel : file;
}


/***/ }),

/***/ 2053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readJunitReports: () => (/* binding */ readJunitReports)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _file_patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1265);
/**
 * Test results from JUnit-style XML reports, in the dialects real tools write (jest-junit,
 * pytest, Maven Surefire and Gradle, go-junit-report, ctest, PHPUnit, Mocha). Each report is
 * parsed as a stream, so memory stays bounded whatever its size. The XML parser does not
 * expand entities a document declares, so a billion-laughs document is an error, not a bomb.
 */




const RESULT_CODES = ['passed', 'failed', 'errored', 'skipped'];
/** Longest suite, name or message kept for a failed test. */
const MAX_TEXT = 300;
/**
 * Counts test cases across reports. A case seen twice (a rerun, in the same report or
 * another) counts once, with its last result.
 */
class TestResultCollector {
    /**
     * Keyed by a hash of class, name and file, so 200,000 cases cost a few MB, not their names;
     * the value packs the duration in microseconds with the result's code.
     */
    cases = new Map();
    failures = new Map();
    totalsOnly = emptyCounts();
    reports = 0;
    problems = [];
    recordCase(key, result, seconds, failure) {
        const id = hash53(key);
        this.cases.set(id, Math.round(seconds * 1e6) * RESULT_CODES.length + RESULT_CODES.indexOf(result));
        if (failure) {
            this.failures.delete(id); // a rerun moves it to the end
            this.failures.set(id, failure);
        }
        else {
            this.failures.delete(id);
        }
    }
    /** A suite that lists no cases, only totals. */
    recordTotals(counts) {
        const t = this.totalsOnly;
        t.total += counts.total;
        t.failed += counts.failed;
        t.errored += counts.errored;
        t.skipped += counts.skipped;
        t.passed += Math.max(0, counts.total - counts.failed - counts.errored - counts.skipped);
        t.durationSeconds += counts.durationSeconds;
    }
    reportRead() {
        this.reports++;
    }
    problem(message) {
        this.problems.push(message);
    }
    summarize() {
        const counts = { ...this.totalsOnly };
        let microseconds = 0;
        for (const packed of this.cases.values()) {
            counts.total++;
            counts[RESULT_CODES[packed % RESULT_CODES.length]]++;
            microseconds += Math.floor(packed / RESULT_CODES.length);
        }
        counts.durationSeconds = Math.round((counts.durationSeconds + microseconds / 1e6) * 1000) / 1000;
        return {
            ...counts,
            reports: this.reports,
            failures: [...this.failures.values()],
            problems: this.problems
        };
    }
}
function emptyCounts() {
    return { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, durationSeconds: 0, reports: 0 };
}
/** cyrb53: a fast 53-bit string hash; collisions among 200,000 keys are vanishingly rare. */
function hash53(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
/** Reads every report the patterns match. Missing or broken reports become problems, never errors. */
async function readJunitReports(patterns) {
    const collector = new TestResultCollector();
    for (const { pattern, files, matched } of await (0,_file_patterns_js__WEBPACK_IMPORTED_MODULE_2__.resolvePatterns)(patterns)) {
        if (!matched)
            collector.problem(`no report matches '${pattern}'`);
        for (const file of files)
            await readJunitReport(file, (0,_file_patterns_js__WEBPACK_IMPORTED_MODULE_2__.displayPath)(file), collector);
    }
    return collector.summarize();
}
/** Reads one report into the collector; a problem with it is recorded, never thrown. */
async function readJunitReport(path, name, collector) {
    const parser = new saxes__WEBPACK_IMPORTED_MODULE_1__/* .SaxesParser */ .wT({ xmlns: false, position: true });
    const suites = [];
    let current;
    let sawRoot = false;
    let rootName = '';
    let cases = 0;
    let parseError;
    // Text is only wanted inside <failure> and <error>; without a handler the parser does not
    // even build the strings of the (often large) <system-out> sections.
    const collectText = (text) => {
        if (!parseError && current?.text !== undefined && current.text.length < MAX_TEXT)
            current.text += text;
    };
    parser.on('error', error => {
        parseError ??= error;
    });
    // JUnit reports never declare a DTD; one that does is refused before any entity is used.
    parser.on('doctype', () => {
        parseError ??= new Error('it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded');
    });
    parser.on('opentag', (tag) => {
        if (parseError)
            return;
        if (!sawRoot) {
            sawRoot = true;
            rootName = tag.name;
        }
        const attrs = tag.attributes;
        switch (tag.name) {
            case 'testsuites':
            case 'testsuite': {
                const parent = suites.at(-1);
                if (parent)
                    parent.hasSuites = true;
                suites.push({ name: attrs['name'] ?? '', attributes: attrs, hasCases: false, hasSuites: false });
                return;
            }
            case 'testcase': {
                for (const suite of suites)
                    suite.hasCases = true;
                const suite = suitePath(suites);
                const caseName = attrs['name'] ?? '';
                const owner = attrs['classname'] || attrs['class'] || suite;
                current = {
                    key: `${owner}\u0000${caseName}\u0000${attrs['file'] ?? ''}`,
                    suite: attrs['classname'] || suite,
                    name: caseName,
                    seconds: seconds(attrs['time']),
                    result: 'passed'
                };
                return;
            }
        }
        if (!current)
            return;
        // failure and error win over skipped; a flaky or rerun entry alone leaves the case passed
        if (tag.name === 'failure' || tag.name === 'error') {
            if (current.result === 'failed' || current.result === 'errored')
                return;
            current.result = tag.name === 'failure' ? 'failed' : 'errored';
            current.message = attrs['message'] || undefined;
            current.text = '';
            parser.on('text', collectText);
            parser.on('cdata', collectText);
        }
        else if (tag.name === 'skipped' && current.result === 'passed') {
            current.result = 'skipped';
        }
    });
    parser.on('closetag', (tag) => {
        if (parseError)
            return;
        if (tag.name === 'failure' || tag.name === 'error') {
            parser.off('text');
            parser.off('cdata');
            if (current?.text !== undefined) {
                current.message = failureMessage(current.message, current.text);
                current.text = undefined;
            }
            return;
        }
        if (tag.name === 'testcase' && current) {
            const failed = current.result === 'failed' || current.result === 'errored';
            collector.recordCase(current.key, current.result, current.seconds, failed
                ? {
                    suite: clip(current.suite),
                    name: clip(current.name),
                    result: current.result,
                    message: clip(current.message ?? '')
                }
                : undefined);
            cases++;
            current = undefined;
            return;
        }
        if (tag.name === 'testsuite' || tag.name === 'testsuites') {
            const suite = suites.pop();
            if (suite && !suite.hasCases && !suite.hasSuites)
                collector.recordTotals(totalsOf(suite.attributes));
        }
    });
    let bytes = 0;
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { encoding: 'utf8', highWaterMark: 64 * 1024 })) {
            bytes += chunk.length;
            parser.write(chunk);
            if (parseError)
                break;
        }
        if (!parseError)
            parser.close();
    }
    catch (error) {
        collector.problem(`could not read '${name}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .k)(error)}`);
        return;
    }
    if (bytes === 0) {
        collector.problem(`'${name}' is empty`);
        return;
    }
    if (parseError) {
        const counted = cases > 0
            ? `; the ${cases} test case${cases === 1 ? '' : 's'} before the error ${cases === 1 ? 'is' : 'are'} counted`
            : '';
        collector.problem(`'${name}' could not be read as XML: ${firstLine(parseError.message)}${counted}`);
        if (cases > 0)
            collector.reportRead();
        return;
    }
    if (rootName !== 'testsuites' && rootName !== 'testsuite') {
        collector.problem(`'${name}' is not a JUnit report: its root element is <${rootName}>, not <testsuites> or <testsuite>`);
        return;
    }
    collector.reportRead();
}
function suitePath(suites) {
    return suites
        .map(s => s.name)
        .filter(Boolean)
        .join(' > ');
}
function totalsOf(attrs) {
    const count = (name) => Math.max(0, Math.trunc(Number(attrs[name] ?? 0)) || 0);
    return {
        total: count('tests'),
        failed: count('failures'),
        errored: count('errors'),
        skipped: count('skipped') || count('disabled'),
        durationSeconds: seconds(attrs['time'])
    };
}
/** `time` as seconds; some tools write thousands separators ("1,234.5"). */
function seconds(value) {
    const n = Number((value ?? '').replace(/,/g, ''));
    return Number.isFinite(n) && n > 0 ? n : 0;
}
/**
 * The message attribute, unless it is a bare word such as go-junit-report's "Failed" and the
 * element's text says more.
 */
function failureMessage(attribute, text) {
    const fromText = firstLine(text);
    if (attribute && (!/^\w+$/.test(attribute.trim()) || !fromText))
        return firstLine(attribute);
    return fromText || (attribute ?? '');
}
function firstLine(text) {
    const line = text.split(/\r?\n/).find(l => l.trim()) ?? '';
    return line.replace(/\s+/g, ' ').trim();
}
/**
 * Shortens a kept string and copies it: a substring of the parser's input would otherwise
 * keep the whole input chunk alive, and thousands of failures would keep the whole report.
 */
function clip(text) {
    const short = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}...` : text;
    return Buffer.from(short, 'utf8').toString('utf8');
}


/***/ })

};
