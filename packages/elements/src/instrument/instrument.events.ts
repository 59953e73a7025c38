// What the runner tells its host: the submitted reading, and drafts while the family works. Both are
// CustomEvents (the response is also in `detail`, for hosts and frameworks that only read `detail`),
// bubble and are composed, so a host listening on any ancestor hears them.
import type { Response } from "@famwel/instrument/core";

/** The family (or employee, manager) submitted. `response` passed parseResponse against the definition. */
export class FamwelSubmitEvent extends CustomEvent<{ response: Response }> {
  static readonly type = "famwel-submit";
  constructor(readonly response: Response) {
    super(FamwelSubmitEvent.type, { bubbles: true, composed: true, detail: { response } });
  }
}

/** Answers changed a moment ago (debounced): the in-progress response, for the host to keep. */
export class FamwelDraftEvent extends CustomEvent<{ response: Response }> {
  static readonly type = "famwel-draft";
  constructor(readonly response: Response) {
    super(FamwelDraftEvent.type, { bubbles: true, composed: true, detail: { response } });
  }
}

/**
 * Where a host keeps drafts, if it wants the runner to save and restore them itself. Nothing is
 * stored unless the host sets one (`runner.storage = …`). Methods may return promises.
 */
export interface DraftStore {
  /** Called with each draft, after the `famwel-draft` event. */
  saveDraft(response: Response): void | Promise<void>;
  /** Called once per loaded definition when no `response` was given; return the draft or nothing. */
  loadDraft(
    instrumentId: string,
  ): Response | null | undefined | Promise<Response | null | undefined>;
  /** Called after a successful submit, so a finished reading is not offered as a draft again. */
  clearDraft?(instrumentId: string): void | Promise<void>;
}

declare global {
  interface HTMLElementEventMap {
    "famwel-submit": FamwelSubmitEvent;
    "famwel-draft": FamwelDraftEvent;
  }
}
