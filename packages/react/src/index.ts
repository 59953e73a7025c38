// React wrappers for every famwel element. Named exports only; each module registers its own tag, and
// the package has no other side effects, so a bundler keeps only the wrappers a host imports.
export type { ElementApi, EventOf, FamwelErrorEvent, Wrapper, WrapperProps } from "./wrap.js";
export {
  FamwelInstrument,
  type FamwelInstrumentElement,
  type FamwelInstrumentProps,
} from "./instrument.js";
export {
  FamwelLifeWheel,
  type FamwelLifeWheelElement,
  type FamwelLifeWheelProps,
} from "./life-wheel.js";
export {
  FamwelProgressChart,
  type FamwelProgressChartElement,
  type FamwelProgressChartProps,
} from "./progress-chart.js";
export {
  FamwelReflection,
  type FamwelReflectionElement,
  type FamwelReflectionProps,
} from "./reflection.js";
export {
  FamwelServiceMap,
  type FamwelServiceMapElement,
  type FamwelServiceMapProps,
} from "./service-map.js";
