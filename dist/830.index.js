export const id = 830;
export const ids = [830];
export const modules = {

/***/ 830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSubtextMode: () => (/* binding */ runSubtextMode),
/* harmony export */   updateSubtext: () => (/* binding */ updateSubtext)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6288);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(665);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4091);
/* harmony import */ var _vibeiq_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(836);
/** Progress updates: PUT the task's subtext. Best effort: a failed update is only a warning. */





async function updateSubtext(settings, subtext, hooks) {
    const client = new _vibeiq_client_js__WEBPACK_IMPORTED_MODULE_3__/* .VibeIqClient */ .uC(settings.connection, settings.redact, hooks);
    const request = client.subtextRequest(settings.taskId, settings.redact(subtext));
    (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .printRequest */ .TD)(`Subtext update for VibeIQ task ${settings.taskId}`, request);
    if (settings.dryRun) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Dry run: the update above was not sent (${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.DryRun}: true).`);
        return undefined;
    }
    const delivery = await client.send(request);
    (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .printResponse */ .Zd)(delivery);
    if (delivery.outcome === 'accepted')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Subtext of task ${settings.taskId} updated.`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The subtext update was not delivered (the task itself is unaffected): ${delivery.error}`);
    return delivery;
}
/** `mode: subtext`. */
async function runSubtextMode(settings, hooks) {
    const subtext = settings.subtext ?? '';
    const delivery = await updateSubtext(settings, subtext, hooks);
    (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .setResultOutputs */ .Ge)({ taskId: settings.taskId, delivery });
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .Sy)('VibeIQ subtext update', [
        { label: 'Task id', value: settings.taskId },
        { label: 'Mode', value: settings.mode },
        { label: 'Subtext', value: settings.redact(subtext) },
        ...(0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .deliveryRows */ .Ij)(delivery)
    ], (0,_run_info_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunInfo */ .m)().url);
}


/***/ })

};
