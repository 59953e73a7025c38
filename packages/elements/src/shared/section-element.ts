// What every famwel element that renders one section of an instrument shares: its inputs, checking
// the definition (lazily, once), the answer and its form value, language, width, the editing views
// that arrive as a chunk after the first render, and the rule that `change` fires on user edits only.
// Each element adds its section type, its checker, its views, its validity rule and its rendering.
import { LitElement, type CSSResult, type PropertyDeclarations, type PropertyValues } from "lit";
import {
  isParsed,
  localize,
  type InstrumentDefinition,
  type LocalizedString,
  type Problem,
} from "@famwel/instrument/core";
import { fireError } from "./events.js";
import { onLocalesChanged, uiString, type UiStrings } from "./i18n.js";
import { aTask } from "./a-task.js";

/** ElementInternals.setValidity's arguments: what is wrong, the message, and the control to focus. */
export type Validity = [ValidityStateFlags, string?, HTMLElement?];

/** What an element's lazily loaded views module exports besides its render functions. */
export interface SectionViews {
  viewStyles: CSSResult[];
}

export abstract class FamwelSectionElement<
  S extends { type: string; id: string; title: LocalizedString },
  A extends { type: string },
  V extends SectionViews,
> extends LitElement {
  // Form participation (ElementInternals): the answer posts with the host's <form> under `name`, a
  // disabled <fieldset> disables the element, and constraint validation works as on <input>.
  static formAssociated = true;
  // Focus on the host (a form's reportValidity, a label) goes to the first control inside.
  static override shadowRootOptions: ShadowRootInit = { mode: "open", delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
    instrument: { attribute: false },
    section: { reflect: true },
    value: { attribute: false },
    locale: { reflect: true },
    readonly: { type: Boolean, reflect: true },
    name: { reflect: true },
    view: { reflect: true },
    _disabled: { state: true },
    _answer: { state: true },
    _width: { state: true },
    _font: { state: true },
    _problems: { state: true },
    _selected: { state: true },
    _undo: { state: true },
    _announce: { state: true },
  };

  /** A section of an instrument definition, of this element's type. */
  declare definition: S | undefined;
  /** A whole instrument; the element shows the section named by `section` (or its first of its type). */
  declare instrument: InstrumentDefinition | undefined;
  /** Id of the section in `instrument`. */
  declare section: string;
  /** UI and instrument language, e.g. nb, nn, en; defaults to the nearest `lang` on the page. */
  declare locale: string;
  /** Shows the answers without letting anyone change them. */
  declare readonly: boolean;
  /** Form field name: the answer posts with the form as JSON. */
  declare name: string;
  /** True while a surrounding <fieldset> or <form> is disabled. */
  declare _disabled: boolean;
  declare _answer: A;
  declare _width: number;
  /** The host's font family, read just before the first render and then after each layout; "" until then. */
  declare _font: string;
  declare _problems: Problem[];
  declare _selected: string | undefined;
  declare _undo: { id: string; label: string } | undefined;
  declare _announce: string;

  _internals = this.attachInternals();
  /** The last good section; a bad definition later is reported and this one stays in use. */
  _section: S | undefined;
  /** The editing views: a chunk of their own, fetched right after the first render (and check). */
  _views: V | undefined;
  private _initial: A;
  // Re-lay out when the host's width or font changes; a frame later, so the resize never loops
  // within one frame. Style is current after a layout, so the font costs nothing to read here; read
  // in a render, it would force a style recalculation first.
  private _resize = new ResizeObserver((entries) => {
    const w = Math.round(entries[0]?.contentRect.width ?? 0);
    const font = getComputedStyle(this).fontFamily;
    if (w > 0 && (w !== this._width || font !== this._font))
      requestAnimationFrame(() => {
        this._width = w;
        this._font = font;
      });
  });
  private _unsubscribe: (() => void) | undefined;
  private _token = 0;
  /** The definition (or the instrument's section) checked last. */
  declare private _checked: unknown;
  private _viewsLoading: Promise<void> | undefined;
  private _checking: Promise<Problem[]> = Promise.resolve([]);

  /** The section type this element renders, e.g. "wheel". */
  protected abstract _type(): S["type"];
  /** An empty answer of this element's type. */
  protected abstract _empty(): A;
  /** Whether a value from the host is an answer of this element's type. */
  protected abstract _accepts(value: unknown): value is A;
  /** Checks a raw section (loading its validator lazily); problems carry `base` in their pointers. */
  protected abstract _check(candidate: unknown, base: string): Promise<Problem[]>;
  /** Imports the views chunk. */
  protected abstract _loadViews(): Promise<V>;
  /** Why the answer cannot be submitted yet, and where, or undefined when it can. */
  protected abstract _invalid(section: S): Validity | undefined;

  constructor() {
    super();
    this.section = "";
    this.locale = "";
    this.readonly = false;
    this.name = "";
    this._disabled = false;
    this._initial = this._answer = this._empty();
    this._width = 480;
    this._font = "";
    this._problems = [];
    this._announce = "";
  }

  /** The answer in the response format of @famwel/instrument. Treat it as immutable. */
  get value(): A {
    return this._answer;
  }
  set value(value: A | undefined) {
    const next = this._accepts(value) ? value : this._empty();
    this._initial = next; // what a form reset returns to
    this._answer = next;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resize.observe(this);
    this._unsubscribe = onLocalesChanged(() => this.requestUpdate());
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize.disconnect();
    this._unsubscribe?.();
  }

  get _locale(): string {
    return this.locale || this.closest("[lang]")?.getAttribute("lang") || "nb";
  }
  get _fallbacks(): string[] {
    return this.instrument ? [this.instrument.defaultLocale] : [];
  }
  _t(key: keyof UiStrings, params?: Record<string, string | number>): string {
    return uiString(this._locale, key, params);
  }
  _text(text: LocalizedString | undefined): string {
    return localize(text, this._locale, this._fallbacks).text;
  }
  get _editable(): boolean {
    return !this.readonly && !this._disabled && this._section !== undefined;
  }
  _now(): string {
    return new Date().toISOString();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("definition") || changed.has("instrument") || changed.has("section"))
      this._resolve();
    this._internals.setFormValue(JSON.stringify(this._answer));
    const invalid: Validity = (this._section && this._editable && this._invalid(this._section)) || [
      {},
    ];
    // A form's submit and reportValidity focus the anchor, the control that holds the answer back;
    // with none, the host, which delegates focus to its first control.
    this._internals.setValidity(...invalid);
  }

  /** Validates the incoming definition; a bad one is reported and the last good one stays in use. */
  private _resolve(): void {
    let candidate: unknown = this.definition;
    let base = "";
    if (this.instrument && !this.definition) {
      const sections: unknown[] = Array.isArray(this.instrument.sections)
        ? this.instrument.sections
        : [];
      const index = sections.findIndex(
        (s) => (s as S)?.type === this._type() && (!this.section || (s as S).id === this.section),
      );
      candidate = sections[index];
      base = `/sections/${index}`;
    }
    if (!this.definition && !this.instrument) return;
    // Resolved already (before the first update: see scheduleUpdate). Checking the same object
    // again would read a host's getters twice, and a later answer of them could differ. A missing
    // section (undefined) is reported again for each instrument. The left side of === is read
    // before the assignment: it compares the last candidate with this one.
    if (candidate && this._checked === (this._checked = candidate)) return;
    const token = ++this._token;
    // A definition from parseInstrument is known good and is drawn in this very update; anything
    // else is checked by a lazily loaded module first (define-checked/ elements check it at once,
    // and put a good one in place within this update too: shared/check-now.ts).
    if (isParsed(candidate)) {
      this._problems = [];
      this._section = candidate as S;
      return;
    }
    // A check that throws (a host getter, a failing chunk) is a problem like any other: shown with
    // its pointer and reported, never an unhandled rejection that leaves the element silent.
    // The element's alert says the definition cannot be used; the problem carries the raw reason.
    this._checking = this._check(candidate, base).catch((e: unknown) => {
      const reason = String(e);
      const message = { nb: reason, en: reason };
      return [{ pointer: base, rule: "internal", message }];
    });
    void this._checking.then((problems) => {
      if (token !== this._token) return; // a newer definition arrived meanwhile
      this._problems = problems;
      if (problems.length > 0) fireError(this, problems);
      // The checked copy (check-section.ts), not the host's object, which could change under us.
      else this._section = ((problems as { section?: S }).section ?? candidate) as S;
    });
  }

  protected override firstUpdated(): void {
    // After the check of a plain definition, not beside it: the two chunks shared a slow link (the
    // wheel's first render came 39 ms later over slow 4G), and the views' evaluation ran before the
    // check's result. A parsed definition's check is done already, so its views come at once.
    this._viewsLoading = this._checking
      .then(() => this._loadViews())
      .then(async (views) => {
        // A task later: when the check's result and the views arrive together, what a user rates is
        // drawn first, in a task of its own, and the toolbar, panel and table follow.
        await aTask();
        const sheets = views.viewStyles.map((c) => c.styleSheet!).filter(Boolean);
        const root = this.shadowRoot!; // Lit's render root: an open shadow root, there since connected
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
        this._views = views;
        this.requestUpdate();
      });
  }

  // The first render in a task of its own: the host's script that defines and creates the element
  // (Lit and this module evaluated just before it) is one task and drawing is the next, so on a slow
  // tablet neither comes near the 50 ms where a task is long. A plain definition's check starts
  // before that task, so its chunk is on its way meanwhile (the wheel drew 2–4 ms sooner, 6 ms over
  // slow 4G); the first update checks only a definition the host changed in between.
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      this._resolve();
      await aTask();
      // Laid out for its real width and font from the first render, which the resize observer
      // then confirms: it drew at 480 px and, a frame later, at the page's width (the wheel grew
      // from 480 to 1008 px before a family's eyes, and the map's early layout was wasted). Here
      // the page is laid out already, unless the host has changed it since; else this asks for
      // the layout that the next frame would make (5 ms inside the runner, whose step has just
      // been drawn). 0 while not displayed: the resize observer says it once there is a width.
      this._width = this.clientWidth || this._width;
      this._font = getComputedStyle(this).fontFamily;
    }
    await super.scheduleUpdate();
  }

  /** Resolves after the definition has been checked, the views have arrived and all is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete(); // runs willUpdate, which may start a check
    await this._checking;
    await this._viewsLoading;
    return super.getUpdateComplete(); // the render the check's result and the views asked for
  }

  formDisabledCallback(disabled: boolean): void {
    this._disabled = disabled;
  }
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }
  get validity(): ValidityState {
    return this._internals.validity;
  }
  get validationMessage(): string {
    return this._internals.validationMessage;
  }
  checkValidity(): boolean {
    return this._internals.checkValidity();
  }
  reportValidity(): boolean {
    return this._internals.reportValidity();
  }
  formResetCallback(): void {
    this._answer = this._initial;
  }
  formStateRestoreCallback(state: string | File | FormData | null): void {
    // The state is the JSON text this element gave setFormValue. Anything else (a File or FormData,
    // which it never gives) reads as "[object …]", which is not JSON: ignored as corrupt.
    try {
      this.value = JSON.parse(state as string) as A;
    } catch {
      /* a corrupt restored state is ignored; the host's value stands */
    }
  }

  /** Applies a user edit: updates the answer, then tells the host (`input`, and `change` when committed). */
  _edit(next: A, commit = true, announce = ""): void {
    if (!this._editable || next === this._answer) return;
    this._answer = next;
    if (announce) this._announce = announce;
    this.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    if (commit) this.dispatchEvent(new Event("change", { bubbles: true }));
  }
}
