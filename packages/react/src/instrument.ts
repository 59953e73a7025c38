// <famwel-instrument> for React. Importing this module registers the tag (through the element's define module).
import { FamwelInstrument as Element } from "@famwel/elements/define/famwel-instrument";
import { FamwelInstrument as api } from "./generated/api.js";
import { wrap, type WrapperProps } from "./wrap.js";

/** React component for `<famwel-instrument>`: properties as props, events as `on…` props. */
export const FamwelInstrument = wrap(Element, api, "FamwelInstrument");
export type FamwelInstrumentProps = WrapperProps<Element, typeof api>;
/** The element class, for `useRef<FamwelInstrumentElement>(null)`. */
export type FamwelInstrumentElement = Element;
