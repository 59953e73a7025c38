export { FamwelServiceMap, type MapComparison } from "./service-map.js";
export * as mapModel from "./service-map.model.js";
export * as mapModelPlace from "./service-map.model-place.js";
export * as mapModelEdits from "./service-map.model-edits.js";
