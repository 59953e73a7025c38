export { FamwelInstrument } from "./instrument.js";
export { FamwelDraftEvent, FamwelSubmitEvent, type DraftStore } from "./instrument.events.js";
export { sessionStorageDraftStore } from "./session-storage-adapter.js";
export * as instrumentModel from "./instrument.model.js";
export { assembleResponse, fitAnswer } from "./instrument.model-response.js";
export { missingAll, missingIn, type Missing } from "./instrument.model-required.js";
export { summarize, type SummaryRow, type SummarySection } from "./instrument.summary.js";
