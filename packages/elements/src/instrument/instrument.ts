import {
  html,
  LitElement,
  nothing,
  type CSSResult,
  type LitElement as Lit,
  type PropertyValues,
} from "lit";
import {
  localize,
  type AnySection,
  type InstrumentDefinition,
  type LocalizedString,
  type Problem,
  type Response,
  type Role,
  type SectionAnswer,
} from "@famwel/instrument/core";
import { directionOf, onLocalesChanged, uiString, type UiStrings } from "../shared/i18n.js";
import { renderProblems } from "../shared/problems-view.js";
import { tokenStyles } from "../shared/tokens.styles.js";
import { styles } from "./instrument.styles.js";
import { addInstrumentStrings } from "./instrument.strings.js";
import {
  initialState,
  reduce,
  roleIn,
  visibleSections,
  type ItemValue,
  type RunnerAction,
  type RunnerState,
} from "./instrument.model.js";
import type { Missing } from "./instrument.model-required.js";
import type { DraftStore } from "./instrument.events.js";
import { DraftTimer } from "./instrument.draft.js";
import { loadChild, preloadChildren } from "./instrument.children.js";
import { aTask } from "../shared/a-task.js";
// The shell yields for the step flow (_yield) and fires famwel-error itself (_fail), so these two
// small modules travel in the runner's first chunk. Imported by the flow (in the lazy parts), they
// were shared by several lazy chunks, and a bundler gave each a chunk of its own: two requests more
// before the first step, where HTTP/1.1 allows six at once (see _yield for the figures).
import { fireError } from "../shared/events.js";
import { nextTask } from "../shared/next-task.js";

type Parser = typeof import("./instrument.loader.js");
type Loader = Parser & typeof import("./instrument.loader-response.js");
type Parts = typeof import("./instrument.parts.js");
/** Adds a stylesheet to a shadow root, as Lit does: adopted, else a <style> with Lit's CSP nonce. */
function adoptStyle(root: ShadowRoot | null, style: CSSResult): void {
  if (!root) return;
  if (style.styleSheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, style.styleSheet];
    return;
  }
  const el = document.createElement("style");
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) el.setAttribute("nonce", nonce);
  el.textContent = style.cssText;
  root.append(el);
}

const ROLES: readonly Role[] = ["family", "child", "employee", "manager"];
const newId = () =>
  globalThis.crypto?.randomUUID?.() ??
  `r${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/**
 * Runs a whole famwel instrument: one section per step with progress, Back and Next, a language
 * switcher, validation with an error summary, a summary page with "Change" links, and submit. The
 * answers live in the runner, keyed by section and item id, so a language switch, going back and
 * forth, or a reloaded definition never loses one. It stores nothing unless the host passes `storage`.
 *
 * @summary The instrument runner: steps, progress, validation, summary and a valid response on submit.
 * @fires famwel-submit - The respondent submitted; `event.response` (also `detail.response`) passed parseResponse against the definition.
 * @fires famwel-draft - Answers changed (debounced by `draft-delay`); `event.response` is the in-progress response.
 * @fires famwel-error - The definition, `src` or `response` could not be used; `event.problems` lists JSON pointers and messages.
 * @csspart runner - The whole runner.
 * @csspart header - Title and language switcher.
 * @csspart languages - The language switcher.
 * @csspart progress - "Step 2 of 4" and the list of steps.
 * @csspart error-summary - The box listing what is missing, at the top.
 * @csspart send-error - Beside Send: the answers could not be sent, nothing is lost, try again.
 * @csspart nav - Back, Next and Submit.
 * @csspart summary - The summary page.
 * @csspart done - The thank-you after submit.
 * @csspart error - The message shown for a bad definition.
 * @cssproperty --famwel-color-accent - Buttons, selected language, links (falls back to --ds-color-accent-base-default).
 * @cssproperty --famwel-color-error - Error summary and messages (falls back to --ds-color-danger-text-default).
 * @cssproperty --famwel-color-focus - Focus ring (falls back to --ds-color-focus-outer).
 * @cssproperty --famwel-font-family - Font (falls back to --ds-font-family).
 */
export class FamwelInstrument extends LitElement {
  static override styles = [tokenStyles, styles];
  static override properties = {
    instrument: { attribute: false },
    src: {},
    role: { attribute: false },
    respondentRole: { attribute: "respondent-role" },
    locale: { reflect: true },
    response: { attribute: false },
    storage: { attribute: false },
    draftDelay: { type: Number, attribute: "draft-delay" },
    clock: { attribute: false },
    _def: { state: true },
    _state: { state: true },
    _errors: { state: true },
    _problems: { state: true },
    _done: { state: true },
    _frozen: { state: true },
    _sendFailed: { state: true },
  };

  /** The definition: an object, or one returned by parseInstrument (then it is not checked again). */
  declare instrument: unknown;
  /** A same-origin URL of a definition (JSON). The only request the library makes, and only when set. */
  declare src: string;
  /** Who answers: family, child, employee or manager (a property; in HTML use `respondent-role`). */
  declare role: Role | "";
  /** The same as `role`, as an attribute that is not ARIA's. */
  declare respondentRole: Role | "";
  /** Language of the instrument and the runner; defaults to the page's `lang`, then the definition's default. */
  declare locale: string;
  /** A response to resume (e.g. a draft the host kept); its answers return to their sections. */
  declare response: Response | undefined;
  /** Where drafts go, if the host wants the runner to save and restore them. Nothing is stored otherwise. */
  declare storage: DraftStore | undefined;
  /** Milliseconds after the last edit before `famwel-draft` fires. */
  declare draftDelay: number;
  /** The time source for timestamps (tests pass a fixed clock). */
  declare clock: () => Date;
  declare _def: InstrumentDefinition | undefined;
  declare _state: RunnerState;
  declare _errors: Missing[];
  declare _problems: Problem[];
  declare _done: boolean;
  /** The version a resumed response was made with, when it is not the definition's: that response
   * is shown read-only (the host can migrate it with migrateResponse and the old definition). */
  declare _frozen: string | undefined;
  /** How many tries to send in a row failed their check (0 or unset: none); shown beside Send. */
  declare _sendFailed: number | undefined;

  _hash = "";
  /** Both halves of the parsers, once both have arrived (see _loadLoader). */
  _loader: Loader | undefined;
  private _parserLoad: Promise<Parser> | undefined;
  private _loaderLoad: Promise<Loader> | undefined;
  _token = 0;
  _loading: Promise<void> | undefined;
  _children: Promise<unknown> | undefined;
  /** Where focus goes after the next update (set by the flow, moved by afterUpdate). */
  _focus: "step" | "errors" | "done" | undefined;
  _draftTimer = new DraftTimer(() => this._saveDraft());
  /** The lazily loaded rendering and flow (instrument.parts.ts); asked for on connect. */
  _parts: Parts | undefined;
  private _partsLoad: Promise<void> | undefined;
  /** Input changes seen before the parts arrived, acted on when they do. */
  private _wantLoad = false;
  private _wantResume = false;
  private _unsubscribe: (() => void) | undefined;
  private _draftCache: [RunnerState, Response] | undefined;

  constructor() {
    super();
    addInstrumentStrings();
    this.src = "";
    this.role = "";
    this.respondentRole = "";
    this.locale = "";
    this.draftDelay = 1000;
    this.clock = () => new Date();
    this._state = initialState(newId(), "family", "nb");
    this._errors = [];
    this._problems = [];
    this._done = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unsubscribe = onLocalesChanged(() => this.requestUpdate());
    // Both chunks at once: the parsers are needed as soon as the parts ask for the definition.
    this._partsLoad ??= import("./instrument.parts.js").then((parts) => {
      // Their styles first: nothing the parts render is ever shown unstyled.
      adoptStyle(this.shadowRoot, parts.partStyles);
      this._parts = parts;
      this.requestUpdate();
    });
    void this._loadParser();
  }
  /** The definition's parser and validator (instrument.loader.ts), a chunk of their own, fetched once. */
  _loadParser(): Promise<Parser> {
    // A chunk that failed to load is asked for again next time, not kept failed.
    return (this._parserLoad ??= import("./instrument.loader.js").catch((error: unknown) => {
      this._parserLoad = undefined;
      throw error;
    }));
  }
  /** The parser and the response's half (instrument.loader-response.ts): resuming, migrating and
   * the check before submit. Fetched once the first step is drawn, or when a response is resumed. */
  _loadLoader(): Promise<Loader> {
    return (this._loaderLoad ??= Promise.all([
      this._loadParser(),
      import("./instrument.loader-response.js"),
    ]).then(
      ([parser, responses]) => (this._loader ??= { ...parser, ...responses }),
      (error: unknown) => {
        this._loaderLoad = undefined; // asked for again by a retried submit
        throw error;
      },
    ));
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
    this._draftTimer.flush(); // a pending draft is not lost when the host removes the runner
  }

  get _sections(): AnySection[] {
    return visibleSections(this._def, this._state.role);
  }
  _t(key: keyof UiStrings, params?: Record<string, string | number>): string {
    return uiString(this._state.locale, key, params);
  }
  _text(text: LocalizedString | undefined) {
    const l = localize(text, this._state.locale, this._def ? [this._def.defaultLocale] : []);
    return { text: l.text, lang: l.fallback ? l.locale : undefined };
  }
  /** One task's yield between the steps of the flow's load (instrument.flow.ts). Here rather than
   * in the flow, with _fail: the runner's first step came 90.5 -> 82.8 ms after its creation (bench
   * page, A/B of 30 runs), and over slow 4G on HTTP/1.1 892 -> 852 ms after navigation (10 runs). */
  _yield(): Promise<void> {
    return nextTask();
  }
  /** Shows why the definition cannot be used, and tells the host (`famwel-error`). */
  _fail(problems: Problem[]): void {
    this._problems = problems;
    fireError(this, problems);
  }
  _now(): string {
    return this.clock().toISOString();
  }
  _apply(action: RunnerAction): void {
    this._state = reduce(this._def, this._state, action);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first section's element (wheel, map or reflection) loads while the parts and parsers do.
    if (changed.has("instrument")) preloadChildren(this.instrument);
    this._wantLoad ||= changed.has("instrument") || changed.has("src");
    this._wantResume ||= changed.has("response");
    const parts = this._parts;
    if (parts && this._wantLoad) {
      this._wantLoad = this._wantResume = false;
      parts.load(this);
    } else if (parts && this._wantResume) {
      this._wantResume = false;
      // Waited for by updateComplete: the response's half of the parsers may still be on its way.
      if (this.response && this._def)
        this._loading = Promise.all([this._loading, parts.resume(this, this.response)]).then(
          () => undefined,
        );
    }
    // Role and language follow the host (and the switcher); answers stay where they are.
    const asked = this.respondentRole || this.role;
    const role = roleIn(
      this._def,
      ROLES.includes(asked as Role) ? (asked as Role) : this._state.role,
    );
    if (role !== this._state.role) this._apply({ type: "role", role });
    const def = this._def;
    const page = this.closest("[lang]")?.getAttribute("lang") ?? "";
    const locale =
      this.locale ||
      (def?.locales.includes(page) ? page : def?.defaultLocale) ||
      this._state.locale;
    if (locale !== this._state.locale) this._apply({ type: "locale", locale });
  }

  // The first render in a task of its own (shared/a-task.ts), after the host's script that created
  // the runner (that task also evaluated Lit and the runner; together they came near 50 ms on a slow
  // machine). Its parts and parsers are already on their way: connectedCallback asked for them.
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await aTask();
    await super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this._partsLoad;
    await super.getUpdateComplete();
    await this._loading;
    await this._children;
    // The later steps' elements are asked for once the first step is drawn (instrument.flow.ts):
    // a step shown before then (a host's goto, a role's other sections) asks for its own here.
    await loadChild(this._sections[this._state.step]?.type ?? "");
    const done = await super.getUpdateComplete();
    await this.renderRoot.querySelector<Lit>(".child")?.updateComplete;
    return done;
  }

  // ---- edits, from native controls and child elements -----------------------------------------
  _setItem(section: string, item: string, value: ItemValue): void {
    if (this._frozen) return;
    this._apply({ type: "item", section, item, value, at: this._now() });
    this._parts?.edited(this);
  }
  _setSection(section: string, answer: SectionAnswer): void {
    if (this._frozen || this._state.answers[section] === answer) return;
    this._apply({ type: "section", section, answer, at: this._now() });
    this._parts?.edited(this);
  }
  _errorFor(section: string, item?: string): string | undefined {
    const m = this._errors.find(
      (e) => e.section === section && (item === undefined || e.item === item),
    );
    return m && this._parts ? this._parts.errorMessage(this, m) : undefined;
  }
  _draft(): Response | undefined {
    if (!this._def || !this._hash || !this._parts) return undefined;
    if (this._draftCache?.[0] !== this._state)
      this._draftCache = [
        this._state,
        this._parts.assembleResponse(this._def, this._state, {
          hash: this._hash,
          status: "in-progress",
          now: this._now(),
        }),
      ];
    return this._draftCache[1];
  }
  private _saveDraft(): void {
    const draft = this._draft();
    if (!draft || this._done || !this._parts) return;
    this._parts.fireDraft(this, draft);
    // A store that throws (storage full or blocked) loses this copy only: the event reached the host.
    const store = this.storage;
    if (store)
      void Promise.resolve()
        .then(() => store.saveDraft(draft))
        .catch(() => undefined);
  }

  // ---- navigation (instrument.flow.ts) ----------------------------------------------------------
  _setLocale(locale: string): void {
    this.locale = locale;
  }
  // These run from controls the parts rendered, so the parts are there.
  _next(): void {
    this._parts!.next(this);
  }
  _back(): void {
    this._parts!.back(this);
  }
  _change(step: number): void {
    this._parts!.change(this, step);
  }
  _submit(): void {
    this._parts!.submit(this);
  }
  _focusError(m: Missing): Promise<void> {
    return this._parts!.focusError(this, m);
  }

  /**
   * Goes to the step that holds the answer at `pointer`, a response's JSON pointer as
   * `parseResponse` or the host's server reports it ("/answers/wheel",
   * "/answers/reflection/prompts/family-what-helps/text"), and puts focus on that answer: for the
   * host's own error messages, such as its server refusing what the runner sent. Resolves to false
   * when no step of the respondent's role holds that section.
   */
  async showAnswer(pointer: string): Promise<boolean> {
    await this.updateComplete;
    return this._parts ? this._parts.showAnswer(this, pointer) : false;
  }

  // Focus after a step change, and the nav held while the step's element draws (instrument.parts.ts).
  protected override updated(): void {
    this._parts?.afterUpdate(this);
  }

  protected override render() {
    const locale = this._state.locale;
    return html`<div part="runner" lang=${locale} dir=${directionOf(locale)}>
      ${renderProblems(this._problems, locale, this._t("runBadDefinition"))}
      ${
        this._def && this._parts
          ? this._parts.renderBody(this)
          : this._problems.length
            ? nothing
            : html`<p class="loading" role="status">${this._t("runLoading")}</p>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "famwel-instrument": FamwelInstrument;
  }
}
