import { html, nothing, type PropertyDeclarations } from "lit";
import type {
  InstrumentDefinition,
  Problem,
  ReflectionAnswer,
  ReflectionSection,
  Response,
} from "@famwel/instrument/core";
import { FamwelSectionElement, type Validity } from "../shared/section-element.js";
import { directionOf } from "../shared/i18n.js";
import { tokenStyles } from "../shared/tokens.styles.js";
import { controlStyles } from "../shared/controls.styles.js";
import { fieldStyles } from "../shared/fields.styles.js";
import { styles } from "./reflection.styles.js";
import { addReflectionStrings } from "./reflection.strings.js";
import { renderPrompt } from "./reflection.prompt-view.js";
import {
  DEFAULT_MIN_GROUP,
  countAnnouncement,
  countLevel,
  emptyReflectionAnswer,
  promptsFor,
  reflectionValidity,
  setShare,
  setText,
  withAbout,
  type PromptView,
} from "./reflection.model.js";

/**
 * Reflection prompts: a family, child, employee or manager answers the questions for their role in
 * their own words, beside a read-only view of what the reflection is about (the family's wheel and
 * map). Answers to shareable prompts are shared onward only when the respondent says yes. For a
 * manager given many responses, it pools what was shared, without names, and only in groups large
 * enough that no one can be recognised.
 *
 * @summary Reflection prompts per role with character counts, explicit consent, the wheel and map they are about, and the manager's pooled view; form-associated.
 * @fires input - On every keystroke in an answer, and when a consent choice is made. Read `value`.
 * @fires change - When an edited answer loses focus, and when a consent choice is made (never on programmatic changes). Read `value`.
 * @fires famwel-error - The definition is invalid; `event.problems` lists JSON pointers and messages.
 * @csspart prompt - One prompt: label, guidance, text field, count and consent.
 * @csspart count - The character count under a text field.
 * @csspart consent - The share / keep choice of a shareable prompt.
 * @csspart about - The read-only wheel and map the reflection is about.
 * @csspart shared - The manager's view of what was shared with consent.
 * @csspart error - The message shown for a bad definition.
 * @cssproperty --famwel-color-accent - Focus and selected consent (falls back to --ds-color-accent-base-default).
 * @cssproperty --famwel-color-focus - Focus ring (falls back to --ds-color-focus-outer).
 * @cssproperty --famwel-color-warning - The count at or over the limit.
 * @cssproperty --famwel-font-family - Font (falls back to --ds-font-family).
 */
export class FamwelReflection extends FamwelSectionElement<
  ReflectionSection,
  ReflectionAnswer,
  typeof import("./reflection.views.js")
> {
  static override styles = [tokenStyles, fieldStyles, controlStyles, styles];
  static override properties: PropertyDeclarations = {
    role: {},
    respondentRole: { attribute: "respondent-role" },
    minGroup: { type: Number, attribute: "min-group" },
    responses: { attribute: false },
    aboutResponse: { attribute: false },
    aboutInstrument: { attribute: false },
    _marked: { state: true },
  };

  /**
   * Whose prompts to show: family, child, employee or manager; none shows every prompt (a preview).
   * As a property this never touches the ARIA `role` attribute; in HTML prefer `respondent-role`,
   * because a `role` attribute that is not an ARIA role is an accessibility error on the page.
   */
  declare role: string | null;
  /** The same as `role`, as an attribute that is not ARIA's; wins over `role` when both are set. */
  declare respondentRole: string;
  /** Manager view: the fewest distinct responses a prompt needs before any shared answer shows. */
  declare minGroup: number;
  /** Manager view: responses of many families and employees; only what they shared is shown. */
  declare responses: readonly unknown[] | undefined;
  /** The response the reflection is about; its wheel and map answers are shown beside the prompts. */
  declare aboutResponse: Response | undefined;
  /** The definition `aboutResponse` answers; defaults to `instrument`. */
  declare aboutInstrument: InstrumentDefinition | undefined;
  /** Found invalid (the `invalid` event: a form's submit, checkValidity(), the runner's Next):
   * from then on a prompt still missing its answer is marked, as :user-invalid marks a field. A
   * state, so that being told again (the runner asks after each of its updates) renders nothing. */
  declare _marked: boolean;
  /** The wheel and map elements of the about panel, loaded when there is something to show. */
  private _aboutLoading: Promise<unknown> | undefined;

  constructor() {
    super();
    addReflectionStrings();
    this.role = null;
    this.respondentRole = "";
    this.minGroup = DEFAULT_MIN_GROUP;
    this._marked = false;
    this.addEventListener("invalid", () => (this._marked = true));
  }
  override formResetCallback(): void {
    super.formResetCallback(); // an update follows: the answer changed
    this._marked = false;
  }

  /** The role in effect. */
  get _role(): string {
    return this.respondentRole || this.role || "";
  }

  protected _type() {
    return "reflection" as const;
  }
  protected _empty(): ReflectionAnswer {
    return emptyReflectionAnswer();
  }
  protected _accepts(value: unknown): value is ReflectionAnswer {
    const v = value as ReflectionAnswer | undefined;
    return v?.type === "reflection" && typeof v.prompts === "object" && v.prompts !== null;
  }
  protected _check(candidate: unknown, base: string): Promise<Problem[]> {
    return import("./reflection.check.js").then((c) =>
      c.checkReflection(candidate, base, this.section),
    );
  }
  protected _loadViews() {
    return import("./reflection.views.js");
  }
  protected _invalid(section: ReflectionSection): Validity | undefined {
    const v = reflectionValidity(this._prompts(section));
    const list = (labels: string[]) =>
      labels.map((l) => this._t("reflQuoted", { label: l })).join(this._t("listSep"));
    // A form's submit focuses the prompt the message names first, not the first prompt: a
    // respondent who had answered that one typed on into it. Its textarea as last rendered (none
    // before the first render: the host then, which delegates focus to the first).
    const anchor = this.shadowRoot!.getElementById(`p-${v.at}-text`) ?? undefined;
    if (v.missing.length)
      return [{ valueMissing: true }, this._t("reflMissing", { list: list(v.missing) }), anchor];
    if (v.tooLong.length)
      return [{ tooLong: true }, this._t("reflTooLong", { list: list(v.tooLong) }), anchor];
    return undefined;
  }

  _prompts(section: ReflectionSection): PromptView[] {
    return promptsFor(section, this._answer, this._role, this._locale, this._fallbacks);
  }

  /** Typing: `input` on each keystroke; the count is announced only near and at the limit. */
  _typed(p: PromptView, text: string): void {
    const crossed = countAnnouncement(p.text.length, text.length, p.max);
    const say = !crossed
      ? ""
      : crossed.level === "near"
        ? this._t("reflNearLimit", { left: crossed.left })
        : crossed.level === "at"
          ? this._t("reflAtLimit", { max: p.max })
          : this._t("reflOverLimit", { over: -crossed.left });
    // Back below the band: clear the region, so the same words are announced again next time.
    if (!crossed && countLevel(text.length, p.max) === "ok") this._announce = "";
    this._edit(this._about(setText(this._answer, p.id, text, this._now())), false, say);
  }

  /** A consent choice: explicit, recorded, and only ever made by the respondent. */
  _consent(p: PromptView, share: boolean): void {
    this._edit(this._about(setShare(this._answer, p, share, this._now())));
  }

  private _about(next: ReflectionAnswer): ReflectionAnswer {
    return next === this._answer ? next : withAbout(next, this.aboutResponse?.id);
  }

  protected override updated(): void {
    // The wheel and map modules load only when a panel shows them.
    const section = this._section;
    const instrument = this.aboutInstrument ?? this.instrument;
    if (!section?.about?.length || !this.aboutResponse || !instrument || !this._views) return;
    const types = section.about.map((id) => instrument.sections.find((s) => s.id === id)?.type);
    this._aboutLoading = this._views.loadAbout(types);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this._aboutLoading;
    return done;
  }

  protected override render() {
    const locale = this._locale;
    const section = this._section;
    const views = this._views;
    const prompts = section ? this._prompts(section) : [];
    const aside = section ? views?.renderAside(this, section) : undefined;
    // Inside <famwel-instrument> the runner shows the section's description under the step's
    // heading, as for every section type (the wheel and map show none of their own): said once,
    // above the message at the field. Told by where it stands, as the unreviewed-language notice
    // is (shared/problems-view.ts): `instrument` and `section` cannot tell, since a page passes
    // them too, and a flag for the runner to set would be one more attribute in the API.
    const intro =
      section?.description &&
      (this.getRootNode() as ShadowRoot).host?.localName !== "famwel-instrument";
    return html`<div
      dir=${directionOf(locale)}
      lang=${locale}
      class="layout ${aside ? "has-aside" : ""}"
    >
      ${views?.renderError(this) ?? nothing}
      ${
        section
          ? html`<div class="prompts" role="group" aria-label=${this._text(section.title)}>
              ${intro ? html`<p class="description">${this._text(section.description)}</p>` : nothing}
              ${prompts.length ? prompts.map((p) => renderPrompt(this, p)) : html`<p>${this._t("reflNoPrompts")}</p>`}
            </div>`
          : nothing
      }
      ${aside ?? nothing}
      <div class="sr-only" role="status">${this._announce}</div>
    </div>`;
  }
}
