export const id = 265;
export const ids = [265];
export const modules = {

/***/ 1265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   displayPath: () => (/* binding */ displayPath),
/* harmony export */   resolvePatterns: () => (/* binding */ resolvePatterns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const GLOB_CHARS = /[*?[\]{}]/;
/**
 * Resolves paths and glob patterns (one per entry; `!pattern` excludes) relative to the
 * working directory. Plain file paths are checked directly, so the glob library is loaded
 * only when a pattern needs it.
 */
async function resolvePatterns(patterns) {
    const excludes = patterns.filter(p => p.startsWith('!'));
    const seen = new Set();
    const results = [];
    for (const pattern of patterns.filter(p => !p.startsWith('!'))) {
        const matches = await matchPattern(pattern, excludes);
        results.push({ pattern, files: matches.filter(file => !seen.has(file)), matched: matches.length > 0 });
        for (const file of matches)
            seen.add(file);
    }
    return results;
}
async function matchPattern(pattern, excludes) {
    if (!GLOB_CHARS.test(pattern) && excludes.length === 0) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(pattern).catch(() => undefined);
        if (!info)
            return [];
        if (info.isFile())
            return [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(pattern)];
    }
    const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 2377));
    const globber = await glob.create([pattern, ...excludes].join('\n'), {
        matchDirectories: false,
        implicitDescendants: true
    });
    return (await globber.glob()).sort();
}
/** How a file is named in messages and log headers: relative to the workspace when inside it. */
function displayPath(file, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, file);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel : file;
}


/***/ })

};
