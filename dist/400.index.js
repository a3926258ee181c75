export const id = 400;
export const ids = [400];
export const modules = {

/***/ 7400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readJunitReports: () => (/* binding */ readJunitReports)
});

// UNUSED EXPORTS: DEFAULT_LIMITS

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/file-patterns.ts
var file_patterns = __webpack_require__(389);
// EXTERNAL MODULE: ./src/core/regular-file.ts
var regular_file = __webpack_require__(266);
// EXTERNAL MODULE: ./src/core/test-summary.ts
var test_summary = __webpack_require__(8838);
;// CONCATENATED MODULE: ./src/core/xml-skimmer.ts
/**
 * Bounds what the XML parser holds. saxes keeps each comment, CDATA section, processing
 * instruction, DTD and tag whole until it ends (and text too, while text is asked for), so a
 * 700 MB `<system-out>` would be held whole and then fail as a string too long for the
 * engine. The skimmer sits in front of it and passes the document through piece by piece,
 * keeping only the start of each such run of content: the tests' counts and messages never
 * need more. Only markup boundaries are found here, which well-formed XML makes simple: outside
 * comments, CDATA and processing instructions, every `<` starts markup, and inside a tag only
 * quoted attribute values can hide a `>`.
 */
/** Raised for what cannot be skimmed: a DTD, or a tag too long to parse in bounded memory. */
class SkimError extends Error {
    at;
    /** What the piece held before the problem, for the parser to read first. */
    passed = '';
    constructor(message, 
    /** Where in the piece the problem starts. */
    at) {
        super(message);
        this.at = at;
    }
}
/** What ends each state that holds content. */
const CONTENT_END = { comment: '-->', cdata: ']]>', pi: '?>' };
const OPENERS = ['<!--', '<![CDATA['];
const LONGEST_OPENER = 9;
/** A character or entity reference is never longer than this, so a cut can wait for its end. */
const LONGEST_REFERENCE = 64;
const TAG_STOP = /["'>]/g;
class XmlSkimmer {
    limits;
    state = 'text';
    quote = '';
    /** The end of the last piece, held back until the next shows what it is. */
    carry = '';
    /** Characters of the current run of content (or of the current tag) seen so far. */
    runChars = 0;
    constructor(limits) {
        this.limits = limits;
    }
    /** The part of `chunk` (with what was held back before it) for the parser to read. */
    skim(chunk) {
        let text = this.carry + chunk;
        // a surrogate pair split between pieces waits for its second half
        const split = isHighSurrogate(text.charCodeAt(text.length - 1)) ? text.slice(-1) : '';
        if (split)
            text = text.slice(0, -1);
        this.carry = '';
        const kept = [];
        let emitFrom = 0;
        /** Leaves out text[from, to) of what is passed on. */
        const drop = (from, to) => {
            kept.push(text.slice(emitFrom, from));
            emitFrom = to;
        };
        let stop;
        try {
            stop = this.scan(text, drop);
        }
        catch (error) {
            if (error instanceof SkimError)
                error.passed = kept.join('') + text.slice(emitFrom, error.at);
            throw error;
        }
        this.carry = text.slice(stop) + split;
        kept.push(text.slice(emitFrom, stop));
        return kept.join('');
    }
    /** Walks the piece, dropping what is not kept; returns where the held-back end starts. */
    scan(text, drop) {
        let i = 0;
        let stop = text.length;
        while (i < stop) {
            switch (this.state) {
                case 'text': {
                    const lt = text.indexOf('<', i);
                    if (lt === -1) {
                        stop = holdBackReference(text, i);
                        this.content(text, i, stop, drop);
                        i = stop;
                        break;
                    }
                    this.content(text, i, lt, drop);
                    const opener = text.slice(lt, lt + LONGEST_OPENER);
                    if (opener.length < LONGEST_OPENER && OPENERS.some(o => o.startsWith(opener))) {
                        stop = lt;
                        i = lt;
                        break;
                    }
                    this.runChars = 0;
                    if (opener.startsWith('<!--'))
                        [this.state, i] = ['comment', lt + 4];
                    else if (opener.startsWith('<![CDATA['))
                        [this.state, i] = ['cdata', lt + 9];
                    else if (opener.startsWith('<?'))
                        [this.state, i] = ['pi', lt + 2];
                    else if (opener.startsWith('<!')) {
                        throw new SkimError('it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded', lt);
                    }
                    else
                        [this.state, i] = ['tag', lt + 1];
                    break;
                }
                case 'tag': {
                    TAG_STOP.lastIndex = i;
                    const found = TAG_STOP.exec(text);
                    const end = found ? found.index + 1 : text.length;
                    this.countTag(end - i, i);
                    i = end;
                    if (found?.[0] === '>')
                        [this.state, this.runChars] = ['text', 0];
                    else if (found)
                        [this.state, this.quote] = ['quoted', found[0]];
                    break;
                }
                case 'quoted': {
                    const close = text.indexOf(this.quote, i);
                    const end = close === -1 ? text.length : close + 1;
                    this.countTag(end - i, i);
                    i = end;
                    if (close !== -1)
                        this.state = 'tag';
                    break;
                }
                default: {
                    const terminator = CONTENT_END[this.state] ?? '';
                    const found = text.indexOf(terminator, i);
                    if (found === -1) {
                        // the terminator may begin at the end of this piece
                        stop = Math.max(i, text.length - terminator.length + 1);
                        this.content(text, i, stop, drop);
                        i = stop;
                        break;
                    }
                    this.content(text, i, found, drop);
                    i = found + terminator.length;
                    this.state = 'text';
                    this.runChars = 0;
                }
            }
        }
        return stop;
    }
    /** What is still held back, at the end of the document. */
    end() {
        const rest = this.carry;
        this.carry = '';
        return rest;
    }
    /** Passes on text[from, to) as long as the run has room, and leaves out the rest. */
    content(text, from, to, drop) {
        const room = this.state === 'comment' ? 0 : Math.max(0, this.limits.keepChars - this.runChars);
        this.runChars += to - from;
        if (to - from <= room)
            return;
        let cut = from + room;
        // never split a surrogate pair, nor a reference such as &amp;
        if (cut > from && isHighSurrogate(text.charCodeAt(cut - 1)))
            cut--;
        if (this.state === 'text') {
            const amp = text.lastIndexOf('&', cut - 1);
            const semicolon = amp >= from ? text.indexOf(';', amp) : -1;
            if (amp >= from && (semicolon === -1 || semicolon >= cut))
                cut = amp;
        }
        drop(cut, to);
    }
    countTag(chars, at) {
        this.runChars += chars;
        if (this.runChars > this.limits.maxTagChars) {
            throw new SkimError(`it holds a tag longer than ${this.limits.maxTagChars} characters`, at);
        }
    }
}
/** Where to stop a piece that ends in text: before a reference it may cut in two. */
function holdBackReference(text, from) {
    const amp = text.lastIndexOf('&');
    if (amp < from || amp < text.length - LONGEST_REFERENCE || text.includes(';', amp))
        return text.length;
    return amp;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./src/core/junit-reports.ts







const DEFAULT_LIMITS = {
    maxReports: 1000,
    maxBytes: 256 * 2 ** 20,
    maxMilliseconds: 60_000,
    maxProblems: 20,
    skim: { keepChars: 8192, maxTagChars: 4 * 2 ** 20 }
};
/** Longest suite, name or message kept for a listed test. */
const MAX_TEXT = 300;
/** Read beyond MAX_TEXT, so that a secret crossing the cut is still whole when redacted. */
const SECRET_MARGIN = 1024;
const RAW_TEXT = MAX_TEXT + SECRET_MARGIN;
/** A `time` above this (11.5 days) is not a duration; it is left out of the sum. */
const MAX_SECONDS = 1e6;
const CHUNK_BYTES = 64 * 1024;
const SEVERITY = { passed: 0, skipped: 1, failed: 2, errored: 3 };
/** Values of a `status` attribute (TestNG, xUnit converters) that mean the test did not run. */
const NOT_RUN_STATUSES = new Set(['disabled', 'skipped', 'notrun']);
const GO_TEST_PROGRESS = /^=== (RUN|PAUSE|CONT|NAME) /;
/** Reads every report the patterns match. Problems with reports are listed, never thrown. */
async function readJunitReports(patterns, options = {}) {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const tally = new TestTally(options.redact ?? (text => text), limits.maxProblems);
    const files = [];
    for (const { pattern, files: matched, matched: any } of await (0,file_patterns/* resolvePatterns */.Ep)(patterns)) {
        if (!any)
            tally.problem(`no report matches '${pattern}'`);
        files.push(...matched);
    }
    if (files.length > limits.maxReports) {
        tally.note(`the patterns match ${files.length} files; only the first ${limits.maxReports} are read, ` +
            `the other ${files.length - limits.maxReports} are not counted`);
    }
    const now = options.now ?? Date.now;
    const budget = new ReadBudget(limits, now);
    const toRead = files.slice(0, limits.maxReports);
    for (const [index, file] of toRead.entries()) {
        if (budget.exceeded()) {
            tally.note(`the limit of ${budget.describe()} for all reports was reached: the ` +
                `${plural(toRead.length - index, 'report')} from '${(0,file_patterns/* displayPath */.Gt)(file)}' on ${toRead.length - index === 1 ? 'is' : 'are'} not read`);
            break;
        }
        await new ReportReader(file, (0,file_patterns/* displayPath */.Gt)(file), tally, budget, limits.skim).read();
    }
    return tally.summarize();
}
/** The byte and time limits shared by all reports. */
class ReadBudget {
    limits;
    now;
    bytesLeft;
    deadline;
    reason;
    constructor(limits, now) {
        this.limits = limits;
        this.now = now;
        this.bytesLeft = limits.maxBytes;
        this.deadline = now() + limits.maxMilliseconds;
    }
    /** How many bytes the next read may take; 0 once a limit is reached. */
    nextRead() {
        if (this.exceeded())
            return 0;
        return Math.min(CHUNK_BYTES, this.bytesLeft);
    }
    spent(bytes) {
        this.bytesLeft -= bytes;
    }
    exceeded() {
        if (!this.reason && this.bytesLeft <= 0)
            this.reason = 'bytes';
        if (!this.reason && this.now() >= this.deadline)
            this.reason = 'time';
        return this.reason !== undefined;
    }
    describe() {
        return this.reason === 'time'
            ? `${this.limits.maxMilliseconds / 1000} s of reading`
            : `${formatBytes(this.limits.maxBytes)} of XML`;
    }
}
/** Counts across reports; keeps only the first listed tests and problems. */
class TestTally {
    redact;
    maxProblems;
    counts = {
        total: 0,
        passed: 0,
        failed: 0,
        errored: 0,
        skipped: 0,
        flaky: 0,
        durationSeconds: 0,
        reports: 0
    };
    failures = [];
    flakyTests = [];
    problems = [];
    unlistedProblems = 0;
    /** Limits reached: always listed, after the problems. */
    notes = [];
    constructor(redact, maxProblems) {
        this.redact = redact;
        this.maxProblems = maxProblems;
    }
    add(result, seconds) {
        this.counts.total++;
        this.counts[result]++;
        this.counts.durationSeconds += seconds;
    }
    /** Counts a failed or errored test, and lists the first ones. */
    addFailure(result, seconds, test) {
        this.add(result, seconds);
        if (this.failures.length < test_summary/* MAX_FAILURE_LINES */.wb)
            this.failures.push(this.listed(test, result));
    }
    addFlaky(seconds, test) {
        this.add('passed', seconds);
        this.counts.flaky++;
        if (this.flakyTests.length < test_summary/* MAX_FAILURE_LINES */.wb)
            this.flakyTests.push(this.listed(test, 'flaky'));
    }
    addTotals(totals) {
        const c = this.counts;
        c.total += totals.total;
        c.failed += totals.failed;
        c.errored += totals.errored;
        c.skipped += totals.skipped;
        c.passed += Math.max(0, totals.total - totals.failed - totals.errored - totals.skipped);
        c.durationSeconds += totals.seconds;
    }
    problem(message) {
        if (this.problems.length < this.maxProblems)
            this.problems.push(message);
        else
            this.unlistedProblems++;
    }
    note(message) {
        this.notes.push(message);
    }
    summarize() {
        const problems = [...this.problems];
        if (this.unlistedProblems > 0) {
            problems.push(`... and ${plural(this.unlistedProblems, 'more problem')} with reports, not listed`);
        }
        return {
            ...this.counts,
            durationSeconds: Math.round(this.counts.durationSeconds * 1000) / 1000,
            failures: this.failures,
            flakyTests: this.flakyTests,
            problems: [...problems, ...this.notes]
        };
    }
    listed(test, result) {
        const listed = {
            suite: this.keep(test.suite),
            name: this.keep(test.name),
            result,
            message: this.keep(test.message ?? failureMessage(test.failure))
        };
        if (test.wholeSuite)
            listed.wholeSuite = true;
        return listed;
    }
    /** Redacts, then shortens, then copies: a substring would keep the parser's whole chunk alive. */
    keep(text) {
        const redacted = this.redact(text);
        const short = redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}...` : redacted;
        return Buffer.from(short, 'utf8').toString('utf8');
    }
}
/** Reads one report into the tally; a problem with it is recorded, never thrown. */
class ReportReader {
    path;
    name;
    tally;
    budget;
    parser = new saxes/* SaxesParser */.wT({
        xmlns: false,
        position: true
    });
    skimmer;
    suites = [];
    current;
    failureText;
    /** Totals of the suites that list no cases, used when the whole report lists none. */
    suiteTotals = { total: 0, failed: 0, errored: 0, skipped: 0, seconds: 0 };
    listsCases = false;
    rootName;
    isJunit = false;
    /** Why reading stopped before the end; undefined while it goes on. */
    stop;
    bytes = 0;
    totalBefore;
    constructor(path, name, tally, budget, skimLimits) {
        this.path = path;
        this.name = name;
        this.tally = tally;
        this.budget = budget;
        this.skimmer = new XmlSkimmer(skimLimits);
        this.totalBefore = tally.counts.total;
        this.parser.on('error', error => this.fail('error', firstLine(error.message)));
        this.parser.on('opentag', tag => {
            if (!this.stop)
                this.open(tag);
        });
        this.parser.on('closetag', tag => {
            if (!this.stop)
                this.close(tag);
        });
    }
    async read() {
        let handle;
        try {
            handle = await (0,regular_file/* openRegularFile */.Z)(this.path);
        }
        catch (error) {
            this.tally.problem(`'${this.name}' is not read: ${(0,errors/* errorText */.k)(error)}`);
            return;
        }
        try {
            await this.parse(handle);
        }
        catch (error) {
            if (this.bytes === 0) {
                this.tally.problem(`'${this.name}' is not read: ${(0,errors/* errorText */.k)(error)}`);
                return;
            }
            this.fail('error', `reading it failed: ${(0,errors/* errorText */.k)(error)}`);
        }
        finally {
            await handle.close();
        }
        this.finish();
    }
    async parse(handle) {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        while (!this.stop) {
            const room = this.budget.nextRead();
            if (room === 0) {
                this.fail('budget', `is read only up to the limit of ${this.budget.describe()} for all reports`);
                return;
            }
            const { bytesRead } = await handle.read(buffer, 0, room, null);
            if (bytesRead === 0)
                break;
            this.bytes += bytesRead;
            this.budget.spent(bytesRead);
            this.write(() => this.skimmer.skim(decoder.write(buffer.subarray(0, bytesRead))));
        }
        if (this.stop || this.bytes === 0)
            return;
        this.write(() => this.skimmer.skim(decoder.end()) + this.skimmer.end());
        if (!this.stop)
            this.parser.close();
    }
    write(next) {
        try {
            this.parser.write(next());
        }
        catch (error) {
            if (!(error instanceof SkimError))
                throw error;
            this.parser.write(error.passed);
            this.fail('error', error.message);
        }
    }
    fail(kind, message) {
        this.stop ??= { kind, message };
    }
    open(tag) {
        const attrs = tag.attributes;
        if (this.rootName === undefined) {
            this.rootName = tag.name;
            this.isJunit = tag.name === 'testsuites' || tag.name === 'testsuite';
            if (!this.isJunit) {
                this.fail('not-junit', `its root element is <${tag.name}>, not <testsuites> or <testsuite>`);
                return;
            }
        }
        const suite = this.suites.at(-1);
        switch (tag.name) {
            case 'testsuites':
            case 'testsuite':
                if (this.current)
                    return;
                if (suite)
                    suite.hasChildSuites = true;
                this.suites.push({
                    path: joinPath(suite?.path ?? '', attrs['name'] ?? ''),
                    totals: totalsOf(attrs),
                    hasChildSuites: false,
                    failedAsWhole: false,
                    openChildren: 0
                });
                return;
            case 'testcase':
                if (this.current)
                    return;
                this.openCase(attrs, suite);
                return;
        }
        const current = this.current;
        if (!current) {
            if (!suite)
                return;
            const direct = suite.openChildren++ === 0;
            if (direct && (tag.name === 'failure' || tag.name === 'error')) {
                suite.failedAsWhole = true;
                this.collectText({ attribute: attrs['message'] ?? '', text: '', suite });
            }
            return;
        }
        switch (tag.name) {
            case 'failure':
            case 'error':
            case 'skipped': {
                const result = tag.name === 'failure' ? 'failed' : tag.name === 'error' ? 'errored' : 'skipped';
                if (SEVERITY[result] <= SEVERITY[current.result])
                    return;
                current.result = result;
                if (result !== 'skipped')
                    this.collectText({ attribute: attrs['message'] ?? '', text: '' });
                return;
            }
            case 'flakyFailure':
            case 'flakyError':
                current.flakyMessage ??= firstLine((attrs['message'] ?? '').slice(0, RAW_TEXT));
        }
    }
    openCase(attrs, suite) {
        this.listsCases = true;
        const name = attrs['name'] ?? '';
        const classname = attrs['classname'] || attrs['class'] || '';
        const status = (attrs['status'] ?? '').toLowerCase();
        this.current = {
            suite: (classname || suite?.path || '').slice(0, RAW_TEXT),
            name: name.slice(0, RAW_TEXT),
            seconds: seconds(attrs['time']),
            result: NOT_RUN_STATUSES.has(status) ? 'skipped' : 'passed'
        };
    }
    close(tag) {
        switch (tag.name) {
            case 'testsuites':
            case 'testsuite': {
                if (this.current)
                    return;
                const suite = this.suites.pop();
                if (suite && !suite.hasChildSuites && !suite.failedAsWhole)
                    addTotals(this.suiteTotals, suite.totals);
                return;
            }
            case 'testcase':
                if (this.current)
                    this.closeCase(this.current);
                this.current = undefined;
                return;
        }
        if ((tag.name === 'failure' || tag.name === 'error') && this.failureText)
            this.closeFailure(this.failureText);
        const suite = this.suites.at(-1);
        if (!this.current && suite)
            suite.openChildren--;
    }
    /** Reads the text of a failure or error, as far as its first line can be in it. */
    collectText(failure) {
        this.failureText = failure;
        const collect = (text) => {
            if (failure.text.length < RAW_TEXT)
                failure.text += text.slice(0, RAW_TEXT - failure.text.length);
        };
        this.parser.on('text', collect);
        this.parser.on('cdata', collect);
    }
    closeFailure(failure) {
        this.parser.off('text');
        this.parser.off('cdata');
        this.failureText = undefined;
        if (!failure.suite) {
            if (this.current)
                this.current.failure = failure;
            return;
        }
        // a suite that failed to load is not a pass: one errored test, named after the suite
        this.tally.addFailure('errored', 0, { suite: failure.suite.path, name: '', failure, wholeSuite: true });
    }
    /**
     * Counts one `<testcase>`. The only retries are those the report marks inside the element
     * (Surefire's and Gradle's `mergeReruns` flakyFailure and flakyError): a test that passed
     * after them is one flaky test, counted as passed. Two elements of the same name are two
     * runs, however they follow each other: TestNG writes each data-provider row, and `go test
     * -count` each run, as an element of the same name, and `go test` fails when any run fails.
     */
    closeCase(c) {
        const test = { suite: c.suite, name: c.name, failure: c.failure };
        if (c.result === 'passed' && c.flakyMessage !== undefined) {
            this.tally.addFlaky(c.seconds, { ...test, message: c.flakyMessage });
        }
        else if (c.result === 'failed' || c.result === 'errored') {
            this.tally.addFailure(c.result, c.seconds, test);
        }
        else {
            this.tally.add(c.result, c.seconds);
        }
    }
    /** Adds what the report gave, and says what went wrong with it, if anything. */
    finish() {
        if (this.bytes === 0 && !this.stop) {
            this.tally.problem(`'${this.name}' is empty`);
            return;
        }
        if (this.stop?.kind === 'budget' && !this.isJunit) {
            this.tally.note(`'${this.name}' ${this.stop.message}: nothing in it is counted`);
            return;
        }
        if (!this.isJunit) {
            const why = this.stop?.kind === 'not-junit' ? 'is not a JUnit report' : 'could not be read as XML';
            this.tally.problem(`'${this.name}' ${why}: ${this.stop?.message ?? 'it has no root element'}; nothing in it is counted`);
            return;
        }
        // a case cut off after its failure was read still failed
        const open = this.current;
        if (open && (open.result === 'failed' || open.result === 'errored')) {
            if (this.failureText && !this.failureText.suite)
                open.failure = this.failureText;
            this.closeCase(open);
        }
        if (!this.listsCases)
            this.tally.addTotals(this.suiteTotals);
        this.tally.counts.reports++;
        if (!this.stop)
            return;
        const read = this.tally.counts.total - this.totalBefore;
        const counted = read > 0
            ? `the ${plural(read, 'test')} read before that ${read === 1 ? 'is' : 'are'} counted`
            : 'nothing in it is counted';
        if (this.stop.kind === 'budget')
            this.tally.note(`'${this.name}' ${this.stop.message}: ${counted}`);
        else
            this.tally.problem(`'${this.name}' could not be read as XML: ${this.stop.message}; ${counted}`);
    }
}
function joinPath(parent, name) {
    if (!name || parent.length >= RAW_TEXT)
        return parent;
    return (parent ? `${parent} > ${name}` : name).slice(0, RAW_TEXT);
}
function totalsOf(attrs) {
    const count = (name) => Math.max(0, Math.trunc(Number(attrs[name] ?? 0)) || 0);
    return {
        total: count('tests'),
        failed: count('failures'),
        errored: count('errors'),
        skipped: count('skipped') || count('disabled'),
        seconds: seconds(attrs['time'])
    };
}
function addTotals(sum, totals) {
    sum.total += totals.total;
    sum.failed += totals.failed;
    sum.errored += totals.errored;
    sum.skipped += totals.skipped;
    sum.seconds += totals.seconds;
}
/**
 * `time` as seconds; some tools write thousands separators ("1,234.5"). A value that is not a
 * plausible duration adds nothing, and never touches a count.
 */
function seconds(value) {
    const n = Number(value?.includes(',') ? value.replace(/,/g, '') : (value ?? ''));
    return Number.isFinite(n) && n > 0 && n <= MAX_SECONDS ? n : 0;
}
/**
 * The message attribute, unless it is a bare word such as go-junit-report's "Failed" and the
 * element's text says more.
 */
function failureMessage(failure) {
    if (!failure)
        return '';
    const { attribute, text } = failure;
    const fromText = firstLine(text);
    const fromAttribute = firstLine(attribute.slice(0, RAW_TEXT));
    if (fromAttribute && (!/^\w+$/.test(fromAttribute) || !fromText))
        return fromAttribute;
    return fromText || fromAttribute;
}
/** The first line that says something: go test's progress lines (gotestsum keeps them) do not. */
function firstLine(text) {
    const line = text.split(/\r?\n/).find(l => l.trim() && !GO_TEST_PROGRESS.test(l)) ?? '';
    return line.replace(/\s+/g, ' ').trim();
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function formatBytes(bytes) {
    return bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`;
}


/***/ })

};
