export const id = 715;
export const ids = [715];
export const modules = {

/***/ 8715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ReadAllowance: () => (/* binding */ ReadAllowance),
/* harmony export */   appendLogFile: () => (/* binding */ appendLogFile)
/* harmony export */ });
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(266);

const CHUNK_BYTES = 1 << 20;
const MIN_CHUNK_BYTES = 64 << 10;
/** Read before the tail beyond what it can hold, for lines that redaction makes shorter. */
const TAIL_SLACK_BYTES = 64 << 10;
/** Kept beyond the longest line, besides the longest secret, so that a line is cut only once redacted. */
const SECRET_MARGIN_BYTES = 1024;
/** Places remembered while counting, from which the tail can be read again. */
const CHECKPOINTS = 16;
const NEWLINE = 0x0a;
/**
 * What all the log files of one callback may cost together: bytes read and time. Checked
 * between reads, so that no file (however large or slow) can keep the callback waiting.
 */
class ReadAllowance {
    maxBytes;
    maxMs;
    now;
    bytesRead = 0;
    started;
    constructor(maxBytes, maxMs, now = Date.now) {
        this.maxBytes = maxBytes;
        this.maxMs = maxMs;
        this.now = now;
        this.started = now();
    }
    charge(bytes) {
        this.bytesRead += bytes;
    }
    get exhausted() {
        return this.bytesRead >= this.maxBytes || this.now() - this.started >= this.maxMs;
    }
    get used() {
        return { bytes: this.bytesRead, ms: this.now() - this.started };
    }
}
/**
 * Passes the lines of a regular file to the budget in bounded memory, whatever the file's
 * size. Once the budget's head is full, the rest is only counted, and the part that can
 * still reach the tail is read again. Never reads past the file's size when opened plus the
 * budget, so a file that keeps growing ends too.
 */
async function appendLogFile(path, budget, allowance) {
    const handle = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_0__/* .openRegularFile */ .Z)(path);
    try {
        const { size } = await handle.stat();
        await new LineReader(handle, budget, allowance, size + budget.maxBytes).read();
    }
    finally {
        await handle.close();
    }
}
class LineReader {
    handle;
    budget;
    allowance;
    end;
    chunk;
    keepLimit;
    /** Bytes of the line read so far, when it started in an earlier chunk. */
    pending = [];
    pendingBytes = 0;
    /** Bytes of an over-long line that were counted but not kept. */
    overflow = 0;
    /** File offset of the first byte of the line being read. */
    lineStart = 0;
    constructor(handle, budget, allowance, 
    /** Never read at or past this offset. */
    end) {
        this.handle = handle;
        this.budget = budget;
        this.allowance = allowance;
        this.end = end;
        this.chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, end)));
        this.keepLimit = budget.maxLineCost + SECRET_MARGIN_BYTES + 3 * budget.redact.longest;
    }
    async read() {
        // The head: every line, until the budget can only take more into its tail.
        const stoppedAt = await this.readLines(0, this.end, true);
        if (stoppedAt === undefined)
            return;
        const { resumeAt, stopAt } = await this.findTail(stoppedAt);
        await this.readLines(resumeAt, stopAt, false);
    }
    /**
     * Adds the lines from `from` on; with `untilHeadFull`, stops after a chunk that filled the
     * head (or used up the allowance) and returns where its unfinished line starts.
     */
    async readLines(from, stopAt, untilHeadFull) {
        this.lineStart = from;
        for (let offset = from;;) {
            const data = await this.readChunk(offset, stopAt);
            if (!data)
                break;
            this.split(data, offset);
            offset += data.length;
            if (untilHeadFull && (this.budget.isHeadFull || this.allowance.exhausted)) {
                this.pending = [];
                this.pendingBytes = 0;
                this.overflow = 0;
                return this.lineStart;
            }
        }
        if (this.pendingBytes > 0 || this.overflow > 0)
            this.emit();
        return undefined;
    }
    async readChunk(offset, stopAt) {
        const length = Math.min(this.chunk.length, stopAt - offset);
        if (length <= 0)
            return undefined;
        const { bytesRead } = await this.handle.read(this.chunk, 0, length, offset);
        this.allowance.charge(bytesRead);
        return bytesRead > 0 ? this.chunk.subarray(0, bytesRead) : undefined;
    }
    split(data, dataOffset) {
        let from = 0;
        for (let nl = data.indexOf(NEWLINE); nl !== -1; nl = data.indexOf(NEWLINE, from)) {
            if (this.pendingBytes === 0 && this.overflow === 0 && nl - from <= this.keepLimit) {
                this.budget.add(data.toString('utf8', from, nl));
            }
            else {
                this.keep(data, from, nl);
                this.emit();
            }
            from = nl + 1;
            this.lineStart = dataOffset + from;
        }
        this.keep(data, from, data.length);
    }
    /** Copies part of a line (the chunk buffer is reused), up to the keep limit. */
    keep(data, start, end) {
        const room = Math.max(0, this.keepLimit - this.pendingBytes);
        const kept = Math.min(room, end - start);
        if (kept > 0) {
            this.pending.push(Buffer.from(data.subarray(start, start + kept)));
            this.pendingBytes += kept;
        }
        this.overflow += end - start - kept;
    }
    emit() {
        this.budget.add(Buffer.concat(this.pending, this.pendingBytes).toString('utf8'), this.overflow);
        this.pending = [];
        this.pendingBytes = 0;
        this.overflow = 0;
    }
    /**
     * Counts the lines from `from` (a line start) to the end without keeping them, and finds
     * the latest line start after which the lines are sure to fill the tail: what comes before
     * it cannot be kept, so it is skipped, and reading resumes there. Each line is reckoned at
     * the least it can cost once cut, so a long last line still has its place in the tail.
     * When the allowance runs out first, the tail is found from the file's size instead.
     */
    async findTail(from) {
        const need = this.budget.tailRoom() + TAIL_SLACK_BYTES;
        const step = Math.max(1, Math.floor(need / CHECKPOINTS));
        // The first is always `from` or a place the lines after it fill the tail from.
        const checkpoints = [{ at: from, lines: 0, cost: 0 }];
        let lines = 0;
        let cost = 0;
        let nextCheckpoint = step;
        let lineStart = from;
        let offset = from;
        // Only needed before a checkpoint is added, and at the end: its condition only grows true.
        const settle = () => {
            while (checkpoints.length > 1 && cost - (checkpoints[1]?.cost ?? 0) >= need)
                checkpoints.shift();
        };
        for (;;) {
            if (this.allowance.exhausted)
                return this.tailFromSize(from, lineStart, lines, need);
            const data = await this.readChunk(offset, this.end);
            if (!data)
                break;
            // The hot loop of a large file: one pass per line, nothing kept.
            for (let nl = data.indexOf(NEWLINE); nl !== -1; nl = data.indexOf(NEWLINE, nl + 1)) {
                const next = offset + nl + 1;
                cost += this.budget.leastCost(next - 1 - lineStart);
                lines++;
                lineStart = next;
                if (cost >= nextCheckpoint) {
                    settle();
                    checkpoints.push({ at: next, lines, cost });
                    nextCheckpoint = cost + step;
                }
            }
            offset += data.length;
        }
        if (offset > lineStart)
            cost += this.budget.leastCost(offset - lineStart);
        settle();
        const resume = checkpoints[0] ?? { at: from, lines: 0 };
        if (resume.at > from)
            this.budget.skip(resume.lines, resume.at - from);
        return { resumeAt: resume.at, stopAt: offset };
    }
    /**
     * The allowance ran out while counting: skip, uncounted, to the first line that starts
     * within `need` bytes of the end, and read only from there.
     */
    async tailFromSize(from, counted, lines, need) {
        const { size } = await this.handle.stat();
        const stopAt = Math.min(size, this.end);
        let resumeAt = Math.max(counted, stopAt - need);
        if (resumeAt > counted)
            resumeAt = (await this.nextLineStart(resumeAt, stopAt)) ?? stopAt;
        if (resumeAt > from)
            this.budget.skip(lines, resumeAt - from, resumeAt === counted);
        return { resumeAt, stopAt };
    }
    async nextLineStart(from, stopAt) {
        for (let offset = from;;) {
            const data = await this.readChunk(offset, stopAt);
            if (!data)
                return undefined;
            const nl = data.indexOf(NEWLINE);
            if (nl !== -1)
                return offset + nl + 1;
            offset += data.length;
        }
    }
}


/***/ }),

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ openRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Their files look regular but are the system's live state: sizes of 0 that read without end,
 * or secrets (/proc/self/environ holds this step's environment, tokens included).
 */
const SYSTEM_DIRECTORIES = ['/proc', '/sys', '/dev'];
/**
 * Opens a file for reading, only if it is a regular file outside /proc, /sys and /dev: a FIFO
 * would block, /dev/zero and /dev/urandom never end. The open does not block (O_NONBLOCK),
 * the check is made on the open handle, and the error names what the file is.
 */
async function openRegularFile(path) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    const system = SYSTEM_DIRECTORIES.find(dir => real === dir || real.startsWith(dir + node_path__WEBPACK_IMPORTED_MODULE_2__.sep));
    if (system) {
        throw new Error(`it is ${real}, under ${system}, which holds the system's live state, not a file to read`);
    }
    // The resolved path: a link swapped after the check above cannot lead elsewhere.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new Error(`it is ${describeKind(info)}, not a regular file`);
        return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
function describeKind(info) {
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    if (info.isDirectory())
        return 'a directory';
    return 'of an unknown kind';
}


/***/ })

};
