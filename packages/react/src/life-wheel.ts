// <famwel-life-wheel> for React. Importing this module registers the tag (through the element's define module).
import { FamwelLifeWheel as Element } from "@famwel/elements/define/famwel-life-wheel";
import { FamwelLifeWheel as api } from "./generated/api.js";
import { wrap, type WrapperProps } from "./wrap.js";

/** React component for `<famwel-life-wheel>`: properties as props, events as `on…` props. */
export const FamwelLifeWheel = wrap(Element, api, "FamwelLifeWheel");
export type FamwelLifeWheelProps = WrapperProps<Element, typeof api>;
/** The element class, for `useRef<FamwelLifeWheelElement>(null)`. */
export type FamwelLifeWheelElement = Element;
