// Error messages in words, and moving focus to the field an error summary link names: a native
// control in the runner's own shadow root, or the right control inside a wheel, map or reflection
// (through their open shadow roots where a control can be named, else the element's own focus()).
import type {
  AnySection,
  InstrumentDefinition,
  LocalizedString,
  WheelAnswer,
} from "@famwel/instrument/core";
import type { UiStrings } from "../shared/i18n.js";
import type { RunnerState } from "./instrument.model.js";
import type { Missing } from "./instrument.model-required.js";

export interface MessageHost {
  readonly _def: InstrumentDefinition | undefined;
  readonly _state: RunnerState;
  _t(key: keyof UiStrings, params?: Record<string, string | number>): string;
  _text(text: LocalizedString | undefined): { text: string };
}

function itemLabel(section: AnySection, id: string | undefined): LocalizedString | undefined {
  if (id === undefined) return section.title;
  if (section.type === "reflection") return section.prompts.find((p) => p.id === id)?.label;
  if (section.type === "scale" || section.type === "choice" || section.type === "text")
    return (section.items as { id: string; label: LocalizedString }[]).find((i) => i.id === id)
      ?.label;
  return section.title;
}

/** What the error summary and the field say about one missing answer. */
export function errorMessage(host: MessageHost, m: Missing): string {
  const section = host._def?.sections.find((s) => s.id === m.section);
  if (!section) return m.section;
  const title = host._text(section.title).text;
  if (m.kind === "tooFew" && section.type === "wheel")
    return host._t("runTooFew", { label: title, min: section.minDomains ?? 1 });
  if (m.kind === "unrated" && section.type === "wheel") {
    const a = host._state.answers[m.section] as WheelAnswer | undefined;
    const list = (m.domains ?? []).map((id) => {
      const own = a && Object.hasOwn(a.domains, id) ? a.domains[id]?.label : undefined;
      return own ?? host._text(section.domains.find((d) => d.id === id)?.label).text ?? id;
    });
    return host._t("runUnrated", { label: title, list: list.join(host._t("listSep")) });
  }
  return host._t("runRequired", { label: host._text(itemLabel(section, m.item)).text });
}

type Focusable = HTMLElement & { updateComplete?: Promise<unknown> };

/** The control inside a famwel child element for one missing answer, if it can be named. */
function inside(child: Focusable, m: Missing): HTMLElement | null {
  const root = child.shadowRoot;
  if (!root) return null;
  // The wheel: the first slider not yet rated.
  if (m.kind === "unrated")
    return root.querySelector<HTMLElement>('[role="slider"]:not([aria-valuenow])');
  if (m.item === undefined) return null;
  const id = CSS.escape(m.item);
  // The reflection: the prompt's text field, however the element names it.
  return root.querySelector<HTMLElement>(
    `textarea#p-${id}-text, textarea#${id}, textarea[name="${id}"], [data-prompt="${id}"] textarea, [data-id="${id}"] textarea, textarea[data-prompt="${id}"]`,
  );
}

/** Moves focus to the field of `m`: by `itemId` in `root`, else the section's element. */
export async function focusField(
  root: ShadowRoot,
  m: Missing,
  itemId: string,
  sectionId: string,
): Promise<void> {
  const el: Focusable | null = root.getElementById(itemId) ?? root.getElementById(sectionId);
  if (!el) return;
  if (el.localName === "fieldset") {
    const inputs = [...el.querySelectorAll("input")];
    (inputs.find((i) => i.checked) ?? inputs[0])?.focus();
    return;
  }
  if (el.localName.startsWith("famwel-")) {
    await el.updateComplete;
    (inside(el, m) ?? el).focus();
    return;
  }
  el.focus();
}
