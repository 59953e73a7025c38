// The one place that calls @lit/react's createComponent. Each wrapper passes its element class and
// the API read from custom-elements.json (./generated/api.ts), so props and onX events follow the
// manifest and no API table is written by hand.
import * as React from "react";
import { createComponent, type EventName } from "@lit/react";
import type { FamwelErrorEvent } from "@famwel/elements/events";

/** What the generator writes per element. */
export interface ElementApi {
  readonly tagName: string;
  readonly properties: readonly string[];
  readonly events: Readonly<Record<string, string>>;
}

/** What `famwel-error` carries: the elements' own class, re-exported for typed handlers. */
export type { FamwelErrorEvent };

/** The event class an element fires under `name` (the elements declare theirs in HTMLElementEventMap). */
export type EventOf<N extends string> = N extends "famwel-error"
  ? FamwelErrorEvent
  : N extends keyof HTMLElementEventMap
    ? HTMLElementEventMap[N]
    : Event;

type Properties<A extends ElementApi> = A["properties"][number];
type Handlers<A extends ElementApi> = {
  [K in keyof A["events"]]?: (event: EventOf<A["events"][K]>) => void;
};

/**
 * Props of a wrapper: the element's public properties (set as DOM properties, so objects such as
 * `instrument` and `value` pass as they are), one `onX` per event, and the usual HTML attributes.
 * React's own `onChange`/`onInput` are replaced: they would be React's synthetic events, which never
 * see events that leave a shadow root.
 */
export type WrapperProps<I extends HTMLElement, A extends ElementApi> = Partial<
  Pick<I, Properties<A> & keyof I>
> &
  Handlers<A> &
  Omit<React.HTMLAttributes<I>, Properties<A> | keyof A["events"]> &
  React.RefAttributes<I>;

export type Wrapper<I extends HTMLElement, A extends ElementApi> = React.ForwardRefExoticComponent<
  WrapperProps<I, A>
>;

/** Wraps `elementClass` (already registered) for React; `api` must name only what the class has. */
export function wrap<I extends HTMLElement, const A extends ElementApi>(
  elementClass: new () => I,
  api: A & { readonly properties: readonly (keyof I & string)[] },
  displayName: string,
): Wrapper<I, A> {
  // createComponent types events with EventName<T>; our typing comes from WrapperProps instead.
  const events = api.events as Record<string, EventName>;
  return createComponent({
    react: React,
    tagName: api.tagName,
    elementClass,
    events,
    displayName,
  }) as unknown as Wrapper<I, A>;
}
