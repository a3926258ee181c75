export const id = 314;
export const ids = [314];
export const modules = {

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
