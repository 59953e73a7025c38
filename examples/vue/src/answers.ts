// The host's state: every answer the elements report, in one reactive object a real app would save.
// Typed from the element classes, so the template's bindings are checked where TypeScript can see them.
import { shallowReactive } from "vue";
import type { FamwelInstrument } from "@famwel/elements/instrument";
import type { FamwelLifeWheel } from "@famwel/elements/life-wheel";
import type { FamwelServiceMap } from "@famwel/elements/service-map";

type Response = NonNullable<FamwelInstrument["response"]>;

export interface Answers {
  wheel: FamwelLifeWheel["value"] | undefined;
  map: FamwelServiceMap["value"] | undefined;
  draft: Response | undefined;
  submitted: Response | undefined;
}

// Shallow: each answer is an immutable snapshot the element replaces on every edit. A deep reactive()
// would wrap it in a Proxy and hand that Proxy back to the element through v-model.
export const answers = shallowReactive<Answers>({
  wheel: undefined,
  map: undefined,
  draft: undefined,
  submitted: undefined,
});

/** `@change` handler for the map: the explicit form of what `v-model.lazy` does for the wheel. */
export function onMapChange(event: Event): void {
  answers.map = (event.target as FamwelServiceMap).value;
}

/** The runner's events carry the response; nothing is stored unless the host stores it. */
export function onDraft(event: HTMLElementEventMap["famwel-draft"]): void {
  answers.draft = event.response;
}
export function onSubmit(event: HTMLElementEventMap["famwel-submit"]): void {
  answers.submitted = event.response;
}

/** Rows for the host's table of wheel ratings. */
export function wheelRows(): { id: string; current: string; desired: string }[] {
  return Object.entries(answers.wheel?.domains ?? {}).map(([id, a]) => ({
    id,
    current: String(a?.current ?? "–"),
    desired: String(a?.desired ?? "–"),
  }));
}
