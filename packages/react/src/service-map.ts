// <famwel-service-map> for React. Importing this module registers the tag (through the element's define module).
import { FamwelServiceMap as Element } from "@famwel/elements/define/famwel-service-map";
import { FamwelServiceMap as api } from "./generated/api.js";
import { wrap, type WrapperProps } from "./wrap.js";

/** React component for `<famwel-service-map>`: properties as props, events as `on…` props. */
export const FamwelServiceMap = wrap(Element, api, "FamwelServiceMap");
export type FamwelServiceMapProps = WrapperProps<Element, typeof api>;
/** The element class, for `useRef<FamwelServiceMapElement>(null)`. */
export type FamwelServiceMapElement = Element;
