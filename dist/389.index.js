export const id = 389;
export const ids = [389];
export const modules = {

/***/ 389:
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
 * working directory, with Node's own glob: a pattern that names a directory means every file
 * below it. Plain paths are checked directly.
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
    const exclude = excludes.map(p => p.slice(1));
    const below = `${pattern.replace(/\/+$/, '')}/**`;
    for await (const entry of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)([pattern, below], { exclude, withFileTypes: true })) {
        // Anything but a directory; reading decides what it can read.
        if (!entry.isDirectory())
            yield (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(entry.parentPath, entry.name);
    }
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


/***/ })

};
