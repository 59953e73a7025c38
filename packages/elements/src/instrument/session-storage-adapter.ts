// The one ready-made draft store: this browser tab's sessionStorage. A host opts in explicitly
// (`runner.storage = sessionStorageDraftStore()`); the runner never touches storage on its own.
// sessionStorage dies with the tab, which suits shared computers at a family centre or a library.
import type { Response } from "@famwel/instrument/core";
import type { DraftStore } from "./instrument.events.js";

/** A DraftStore in sessionStorage, one entry per instrument under `${prefix}:${instrumentId}`. */
export function sessionStorageDraftStore(prefix = "famwel-draft"): DraftStore {
  const key = (id: string) => `${prefix}:${id}`;
  return {
    saveDraft(response: Response) {
      sessionStorage.setItem(key(response.instrument.id), JSON.stringify(response));
    },
    loadDraft(instrumentId: string) {
      const text = sessionStorage.getItem(key(instrumentId));
      if (!text) return undefined;
      try {
        // The runner checks it with parseResponse before using it.
        return JSON.parse(text) as Response;
      } catch {
        return undefined;
      }
    },
    clearDraft(instrumentId: string) {
      sessionStorage.removeItem(key(instrumentId));
    },
  };
}
