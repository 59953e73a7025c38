// <famwel-progress-chart> for React. Importing this module registers the tag (through the element's define module).
import { FamwelProgressChart as Element } from "@famwel/elements/define/famwel-progress-chart";
import { FamwelProgressChart as api } from "./generated/api.js";
import { wrap, type WrapperProps } from "./wrap.js";

/** React component for `<famwel-progress-chart>`: properties as props, events as `on…` props. */
export const FamwelProgressChart = wrap(Element, api, "FamwelProgressChart");
export type FamwelProgressChartProps = WrapperProps<Element, typeof api>;
/** The element class, for `useRef<FamwelProgressChartElement>(null)`. */
export type FamwelProgressChartElement = Element;
