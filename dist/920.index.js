export const id = 920;
export const ids = [920];
export const modules = {

/***/ 9920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readJunitReports: () => (/* binding */ readJunitReports)
});

// UNUSED EXPORTS: DEFAULT_LIMITS

// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(6214);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/file-patterns.ts
var file_patterns = __webpack_require__(389);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
// EXTERNAL MODULE: ./src/core/test-results.ts
var test_results = __webpack_require__(6576);
;// CONCATENATED MODULE: ./src/core/test-tally.ts

/** Longest suite, name or message kept for a listed test. */
const MAX_TEXT = 300;
/** Read beyond MAX_TEXT, so that a secret crossing the cut is still whole when redacted. */
const SECRET_MARGIN = 1024;
/** How much of a suite, name or message the reader keeps for the tally. */
const RAW_TEXT = MAX_TEXT + SECRET_MARGIN;
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
    unread = [];
    unreadReports = 0;
    constructor(redact, maxProblems) {
        this.redact = redact;
        this.maxProblems = maxProblems;
    }
    add(result, seconds) {
        this.counts.total++;
        this.counts[result]++;
        this.counts.durationSeconds += seconds;
    }
    /**
     * Counts a failed or errored test, and lists the first ones. `describe` is called only for
     * those listed: most failures of a large report never are.
     */
    addFailure(result, seconds, describe) {
        this.add(result, seconds);
        if (this.failures.length < test_results/* MAX_FAILURE_LINES */.w)
            this.failures.push(this.listed(describe(), result));
    }
    addFlaky(seconds, describe) {
        this.add('passed', seconds);
        this.counts.flaky++;
        if (this.flakyTests.length < test_results/* MAX_FAILURE_LINES */.w)
            this.flakyTests.push(this.listed(describe(), 'flaky'));
    }
    /** A report's own totals, for a report that lists no test case. */
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
    /** A limit reached: always listed. */
    note(message) {
        this.notes.push(message);
    }
    /**
     * A matched report left out of the counts, in whole or in part, and the `more` reports after
     * it that a limit left out too. Fail-on-test-failures fails the task for them.
     */
    leftOut(report, why, more = 0) {
        if (this.unread.length < this.maxProblems)
            this.unread.push(more > 0 ? { report, why, more } : { report, why });
        this.unreadReports += 1 + more;
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
            problems: [...problems, ...this.notes],
            unread: this.unread,
            unreadReports: this.unreadReports
        };
    }
    listed(test, result) {
        const listed = {
            suite: this.keep(test.suite),
            name: this.keep(test.name),
            result,
            message: this.keep(test.message)
        };
        if (test.wholeSuite)
            listed.wholeSuite = true;
        if (test.afterItsTests)
            listed.afterItsTests = true;
        return listed;
    }
    /** Redacts, then shortens, then copies: a substring would keep the parser's whole chunk alive. */
    keep(text) {
        const redacted = this.redact(text);
        const short = redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}...` : redacted;
        return Buffer.from(short, 'utf8').toString('utf8');
    }
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

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

;// CONCATENATED MODULE: ./src/core/junit-counting.ts
/**
 * Counts one JUnit-style report, given as text, into the tally. Every `<testcase>` element is
 * one test run and is counted, as the reports' own totals and the established readers count
 * them: a repeated name is another matrix leg, file, data row or `-count` run far more often
 * than a retry. Only what a report marks as a retry inside one element is merged (see
 * closeCase).
 *
 * The text passes a skimmer that drops the content nobody reads, so memory stays bounded, and
 * counting a case costs the same at any suite depth. The XML parser does not expand entities a
 * document declares, and the skimmer refuses a DTD, so a billion-laughs document is a warning.
 */



/** A `time` above this (11.5 days) is not a duration; it is left out of the sum. */
const MAX_SECONDS = 1e6;
const SEVERITY = { passed: 0, skipped: 1, failed: 2, errored: 3 };
/** Values of a `status` attribute (TestNG, xUnit converters) that mean the test did not run. */
const NOT_RUN_STATUSES = new Set(['disabled', 'skipped', 'notrun']);
const GO_TEST_PROGRESS = /^=== (RUN|PAUSE|CONT|NAME) /;
const TEXT_OUTSIDE_ROOT = 'text data outside of root node';
/** Counts one report into the tally; a problem with it is recorded there, never thrown. */
class ReportCounter {
    name;
    tally;
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
    totalBefore;
    /**
     * Where the first character that is not whitespace stands, when it is not markup: the
     * parser notices only at the end of that text, and the warning points at its start.
     */
    textBeforeMarkup;
    constructor(
    /** The report as messages name it. */
    name, tally, skimLimits) {
        this.name = name;
        this.tally = tally;
        this.skimmer = new XmlSkimmer(skimLimits);
        this.totalBefore = tally.counts.total;
        this.parser.on('error', error => this.fail('error', this.where(error.message)));
        this.parser.on('opentag', tag => {
            if (!this.stop)
                this.open(tag);
        });
        this.parser.on('closetag', tag => {
            if (!this.stop)
                this.close(tag);
        });
    }
    /** Whether counting stopped before the end: nothing more needs reading. */
    get stopped() {
        return this.stop !== undefined;
    }
    /** Reads the next piece of the report's text. */
    write(text) {
        this.pass(() => this.skimmer.skim(text));
    }
    /** The report's text ended. */
    end() {
        if (this.stop)
            return;
        this.pass(() => this.skimmer.end());
        if (!this.stop)
            this.parser.close();
    }
    /** Stops counting: the rest of the report is not read. The first reason given is kept. */
    fail(kind, message) {
        this.stop ??= { kind, message };
    }
    pass(next) {
        if (this.stop)
            return;
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
    /** The parser's message, pointing at the first character outside the root rather than its last. */
    where(message) {
        const line = firstLine(message);
        if (this.rootName !== undefined || !this.textBeforeMarkup || !line.includes(TEXT_OUTSIDE_ROOT))
            return line;
        return line.replace(/^\d+:\d+/, this.textBeforeMarkup);
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
                    casesListed: 0,
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
                const result = tag.name === 'failure' ? 'failed' : 'errored';
                this.collectText({ result, attribute: attrs['message'] ?? '', text: '', suite });
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
                    this.collectText({ result, attribute: attrs['message'] ?? '', text: '' });
                return;
            }
            case 'flakyFailure':
            case 'flakyError':
                current.flakyMessage ??= firstLine((attrs['message'] ?? '').slice(0, RAW_TEXT));
        }
    }
    openCase(attrs, suite) {
        this.listsCases = true;
        if (suite)
            suite.casesListed++;
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
                if (suite)
                    this.closeSuite(suite);
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
    closeSuite(suite) {
        const parent = this.suites.at(-1);
        if (parent)
            parent.casesListed += suite.casesListed;
        if (!suite.hasChildSuites && !suite.failedAsWhole)
            addTotals(this.suiteTotals, suite.totals);
        const failure = suite.failure;
        if (!failure)
            return;
        // a suite that failed as a whole is not a pass: one failed or errored test, named after the
        // suite, whether its own cases ran before (a crash after them) or it never ran any
        this.tally.addFailure(failure.result, 0, () => ({
            suite: suite.path,
            name: '',
            message: failureMessage(failure),
            wholeSuite: true,
            ...(suite.casesListed > 0 && { afterItsTests: true })
        }));
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
        if (failure.suite)
            failure.suite.failure ??= failure;
        else if (this.current)
            this.current.failure = failure;
    }
    /**
     * Counts one `<testcase>`. The only retries are those the report marks inside the element
     * (Surefire's and Gradle's `mergeReruns` flakyFailure and flakyError): a test that passed
     * after them is one flaky test, counted as passed. Two elements of the same name are two
     * runs, however they follow each other: TestNG writes each data-provider row, and `go test
     * -count` each run, as an element of the same name, and `go test` fails when any run fails.
     */
    closeCase(c) {
        if (c.result === 'passed' && c.flakyMessage !== undefined) {
            const message = c.flakyMessage;
            this.tally.addFlaky(c.seconds, () => ({ suite: c.suite, name: c.name, message }));
        }
        else if (c.result === 'failed' || c.result === 'errored') {
            this.tally.addFailure(c.result, c.seconds, () => ({
                suite: c.suite,
                name: c.name,
                message: failureMessage(c.failure)
            }));
        }
        else {
            this.tally.add(c.result, c.seconds);
        }
    }
    /** Adds what the report gave, and says what went wrong with it, if anything. */
    finish() {
        const name = this.name;
        if (this.stop?.kind === 'budget' && !this.isJunit) {
            this.tally.note(`'${name}' ${this.stop.message}: nothing in it is counted`);
            this.tally.leftOut(name, this.stop.message);
            return;
        }
        if (!this.isJunit) {
            const notJunit = this.stop?.kind === 'not-junit';
            const why = `${notJunit ? 'is not a JUnit report' : 'could not be read as XML'}: ${this.stop?.message ?? 'it has no root element'}`;
            this.tally.problem(`'${name}' ${why}; nothing in it is counted`);
            // A file of another kind that a pattern matched (a pom.xml) holds no tests; one that is
            // not XML may, and so may a JUnit root spelt otherwise (<j:testsuite>, <TestSuite>).
            if (!notJunit || looksLikeJunitRoot(this.rootName))
                this.tally.leftOut(name, why);
            return;
        }
        this.closeCutOff();
        if (!this.listsCases)
            this.tally.addTotals(this.suiteTotals);
        this.tally.counts.reports++;
        if (!this.stop)
            return;
        const read = this.tally.counts.total - this.totalBefore;
        const counted = read > 0
            ? `the ${plural(read, 'test')} read before that ${read === 1 ? 'is' : 'are'} counted`
            : 'nothing in it is counted';
        if (this.stop.kind === 'budget') {
            this.tally.note(`'${name}' ${this.stop.message}: ${counted}`);
            this.tally.leftOut(name, this.stop.message);
        }
        else {
            const why = `could not be read as XML: ${this.stop.message}`;
            this.tally.problem(`'${name}' ${why}; ${counted}`);
            this.tally.leftOut(name, why);
        }
    }
    /** A case or suite cut off after its failure was read still failed. */
    closeCutOff() {
        const open = this.current;
        const failure = this.failureText;
        if (failure?.suite)
            failure.suite.failure ??= failure;
        if (open && (open.result === 'failed' || open.result === 'errored')) {
            if (failure && !failure.suite)
                open.failure = failure;
            this.closeCase(open);
        }
        this.current = undefined;
        while (this.suites.length > 0) {
            const suite = this.suites.pop();
            if (suite?.failure)
                this.closeSuite(suite);
        }
    }
}
function joinPath(parent, name) {
    // a full path stays as it is without building a longer one to cut: deep nesting costs nothing
    if (!name || parent.length >= RAW_TEXT)
        return parent;
    return (parent ? `${parent} > ${name}` : name).slice(0, RAW_TEXT);
}
/** A suite's own counts; what is not a whole number of at least 0 counts as 0. */
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
/** A root named like a JUnit one but for a namespace prefix or its case: a report we cannot count. */
function looksLikeJunitRoot(name) {
    const local = (name ?? '').replace(/^[^:]*:/, '').toLowerCase();
    return local === 'testsuite' || local === 'testsuites';
}

// EXTERNAL MODULE: ./src/core/regular-file.ts
var regular_file = __webpack_require__(266);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/core/xml-encoding.ts
/**
 * Turns a report's bytes into text as XML 1.0 says a processor must (§4.3.3 and Appendix F):
 * a byte-order mark decides the encoding; without one, the first bytes tell UTF-16 from the
 * encodings that spell `<?xml` in ASCII, and then the declaration's `encoding` names it;
 * without a declaration it is UTF-8. Decoding streams (TextDecoder with `stream: true`), so
 * a character split between two reads comes out whole.
 *
 * Two things real generators write are tolerated: whitespace before the declaration (the
 * declaration, already read here, reaches the parser as blanks, so every position it reports
 * stays true), and a declaration of UTF-16 on a file that is plainly ASCII-compatible (.NET
 * writes one when a report is built in a string and saved as UTF-8): that file is read as UTF-8.
 */

/** Raised for a report whose encoding cannot be read; the message names the encoding. */
class UnreadableEncoding extends Error {
}
/** Bytes held before deciding: the whole declaration is in them, unless whitespace runs on. */
const MAX_HEAD_BYTES = 64 * 1024;
const DECLARATION = /^(\s*)(<\?xml\s[^]*?\?>)/;
const DECLARED_ENCODING = /\sencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/;
const BOMS = [
    [[0x00, 0x00, 0xfe, 0xff], 'UTF-32BE'],
    [[0xff, 0xfe, 0x00, 0x00], 'UTF-32LE'],
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xfe, 0xff], 'utf-16be'],
    [[0xff, 0xfe], 'utf-16le']
];
/** Appendix F: how `<?` (or `<`) begins in each encoding, when no byte-order mark says it. */
const NO_BOM = [
    [[0x00, 0x00, 0x00, 0x3c], 'UTF-32BE'],
    [[0x3c, 0x00, 0x00, 0x00], 'UTF-32LE'],
    [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
    [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
    [[0x4c, 0x6f, 0xa7, 0x94], 'EBCDIC']
];
class XmlDecoder {
    head = [];
    headBytes = 0;
    decoder;
    /** The encoding the text is read in, once decided. */
    encoding;
    /**
     * Where the document's first character that is not whitespace stands ("line:column", both
     * from 1), when that character is not `<`: the first offending character of a file that is
     * not XML at all.
     */
    textBeforeMarkup;
    /** The text of `bytes`, or '' while the encoding is still being decided. */
    write(bytes) {
        if (this.decoder)
            return this.decoder.decode(bytes, { stream: true });
        this.head.push(Buffer.from(bytes));
        this.headBytes += bytes.length;
        return this.decide(false);
    }
    /** The rest of the text, at the end of the file. */
    end() {
        const rest = this.decoder ? '' : this.decide(true);
        return rest + (this.decoder?.decode() ?? '');
    }
    decide(atEnd) {
        const head = Buffer.concat(this.head);
        const final = atEnd || this.headBytes >= MAX_HEAD_BYTES;
        const detected = detectByFirstBytes(head, final);
        const start = detected && head.subarray(detected.bomBytes);
        // the whole declaration, or the first character that shows there is none, is in the head
        if (!detected || !start || (!final && !holdsDeclarationOrMore(preview(start, detected)))) {
            this.head = [head];
            return '';
        }
        let label = detected.label;
        if (detected.declarationDecides) {
            const declared = DECLARATION.exec(start.toString('latin1'))?.[2]?.match(DECLARED_ENCODING)?.[2];
            if (declared)
                label = readableEncoding(declared);
        }
        this.encoding = label;
        this.decoder = new external_node_util_.TextDecoder(label);
        this.head = [];
        const text = this.decoder.decode(start, { stream: true });
        this.textBeforeMarkup = firstTextPosition(text);
        return blankIndentedDeclaration(text);
    }
}
/**
 * The encoding a byte-order mark or the first four bytes show (XML 1.0, Appendix F), else
 * UTF-8 until a declaration says otherwise; undefined when more bytes are needed to know.
 */
function detectByFirstBytes(head, final) {
    const startsWith = (bytes) => bytes.every((byte, i) => head[i] === byte);
    const couldStartWith = (bytes) => head.length < bytes.length && bytes.slice(0, head.length).every((byte, i) => head[i] === byte);
    if (!final && [...BOMS, ...NO_BOM].some(([bytes]) => couldStartWith(bytes)))
        return undefined;
    const bom = BOMS.find(([bytes]) => startsWith(bytes));
    const found = bom ?? NO_BOM.find(([bytes]) => startsWith(bytes));
    if (!found)
        return { label: 'utf-8', bomBytes: 0, declarationDecides: true };
    const [bytes, label] = found;
    if (label.startsWith('UTF-32') || label === 'EBCDIC') {
        throw new UnreadableEncoding(`it is in ${label}, an encoding that cannot be read; save it as UTF-8`);
    }
    return { label, bomBytes: bom ? bytes.length : 0, declarationDecides: false };
}
/** The start of the text, enough to find the declaration in: ASCII reads the same in all but UTF-16. */
function preview(start, { label }) {
    return label.startsWith('utf-16') ? new external_node_util_.TextDecoder(label).decode(start) : start.toString('latin1');
}
/** Whether the text shows the whole declaration, or enough to know there is none. */
function holdsDeclarationOrMore(text) {
    const start = text.search(/\S/);
    if (start === -1)
        return false;
    const rest = text.slice(start);
    if (rest.length < 6)
        return !'<?xml '.startsWith(rest);
    if (!/^<\?xml\s/.test(rest))
        return true;
    return rest.includes('?>');
}
/**
 * The TextDecoder label for a declared encoding. UTF-16 declared on ASCII-compatible bytes is a
 * mislabelled UTF-8 file; an encoding Node cannot decode is refused by name.
 */
function readableEncoding(declared) {
    if (/^(utf-?16|ucs-?2|iso-10646-ucs-2)/i.test(declared))
        return 'utf-8';
    let encoding;
    try {
        encoding = new external_node_util_.TextDecoder(declared).encoding;
    }
    catch {
        throw new UnreadableEncoding(`it declares the encoding "${declared}", which cannot be read; save it as UTF-8`);
    }
    return encoding;
}
/** 'line:column' of the first character that is not whitespace, when it is not `<`. */
function firstTextPosition(text) {
    const at = text.search(/\S/);
    if (at === -1 || text[at] === '<')
        return undefined;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    return `${line}:${column}`;
}
/**
 * XML allows nothing before the declaration; some generators write a newline. Blanks in its
 * place (newlines kept) leave the parser nothing to refuse and every position where it was.
 */
function blankIndentedDeclaration(text) {
    const found = DECLARATION.exec(text);
    if (!found?.[1] || !found[2])
        return text;
    const [whole, space, declaration] = found;
    return space + declaration.replace(/[^\n]/g, ' ') + text.slice(whole.length);
}

;// CONCATENATED MODULE: ./src/core/junit-reports.ts







const DEFAULT_LIMITS = {
    maxReports: 1000,
    maxBytes: 256 * 2 ** 20,
    maxMilliseconds: constants/* JUNIT_READ_MS */.lw,
    maxProblems: 20,
    skim: { keepChars: 8192, maxTagChars: 4 * 2 ** 20 }
};
const CHUNK_BYTES = 64 * 1024;
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
        const beyond = files.length - limits.maxReports;
        tally.note(`the patterns match ${files.length} files; only the first ${limits.maxReports} are read, ` +
            `the other ${beyond} are not counted`);
        tally.leftOut((0,file_patterns/* displayPath */.Gt)(files[limits.maxReports] ?? ''), `${beyond === 1 ? 'is' : 'are'} not read: only the first ${limits.maxReports} reports are`, beyond - 1);
    }
    const now = options.now ?? Date.now;
    const budget = new ReadBudget(limits, now);
    const toRead = files.slice(0, limits.maxReports);
    for (const [index, file] of toRead.entries()) {
        if (budget.exceeded()) {
            const left = toRead.length - index;
            const from = `${plural(left, 'report')} from '${(0,file_patterns/* displayPath */.Gt)(file)}' on`;
            tally.note(`the limit of ${budget.describe()} for all reports was reached: the ${from} ${left === 1 ? 'is' : 'are'} not read`);
            tally.leftOut((0,file_patterns/* displayPath */.Gt)(file), `${left === 1 ? 'is' : 'are'} not read: the limit of ${budget.describe()} for all reports was reached`, left - 1);
            break;
        }
        await readReport(file, (0,file_patterns/* displayPath */.Gt)(file), tally, budget, limits.skim);
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
/** Reads one report into the tally; a problem with it is recorded there, never thrown. */
async function readReport(path, name, tally, budget, skim) {
    const notRead = (why) => {
        tally.problem(`'${name}' ${why}`);
        tally.leftOut(name, why);
    };
    let handle;
    try {
        handle = await (0,regular_file/* openRegularFile */.Z)(path);
    }
    catch (error) {
        notRead(`is not read: ${(0,errors/* errorText */.k)(error)}`);
        return;
    }
    const counter = new ReportCounter(name, tally, skim);
    const read = { bytes: 0 };
    try {
        await readInto(handle, counter, budget, read);
    }
    catch (error) {
        if (error instanceof UnreadableEncoding) {
            notRead(`is not read: ${error.message}; nothing in it is counted`);
            return;
        }
        if (read.bytes === 0) {
            notRead(`is not read: ${(0,errors/* errorText */.k)(error)}`);
            return;
        }
        counter.fail('error', `reading it failed: ${(0,errors/* errorText */.k)(error)}`);
    }
    finally {
        await handle.close();
    }
    // a limit reached before the first byte is the counter's to say, not an empty file
    if (read.bytes === 0 && !counter.stopped)
        notRead('is empty');
    else
        counter.finish();
}
/** Feeds the file to the counter, chunk by chunk, within the budget; counts the bytes in `read`. */
async function readInto(handle, counter, budget, read) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new XmlDecoder();
    while (!counter.stopped) {
        const room = budget.nextRead();
        if (room === 0) {
            counter.fail('budget', `is read only up to the limit of ${budget.describe()} for all reports`);
            return;
        }
        const { bytesRead } = await handle.read(buffer, 0, room, null);
        if (bytesRead === 0)
            break;
        read.bytes += bytesRead;
        budget.spent(bytesRead);
        const text = decoder.write(buffer.subarray(0, bytesRead));
        counter.textBeforeMarkup ??= decoder.textBeforeMarkup;
        counter.write(text);
    }
    if (counter.stopped || read.bytes === 0)
        return;
    const rest = decoder.end();
    counter.textBeforeMarkup ??= decoder.textBeforeMarkup;
    counter.write(rest);
    counter.end();
}
function formatBytes(bytes) {
    return bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`;
}


/***/ })

};
