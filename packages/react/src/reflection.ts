// <famwel-reflection> for React. Importing this module registers the tag (through the element's define module).
import { FamwelReflection as Element } from "@famwel/elements/define/famwel-reflection";
import { FamwelReflection as api } from "./generated/api.js";
import { wrap, type WrapperProps } from "./wrap.js";

/** React component for `<famwel-reflection>`: properties as props, events as `on…` props. */
export const FamwelReflection = wrap(Element, api, "FamwelReflection");
export type FamwelReflectionProps = WrapperProps<Element, typeof api>;
/** The element class, for `useRef<FamwelReflectionElement>(null)`. */
export type FamwelReflectionElement = Element;
