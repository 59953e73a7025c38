export { FamwelLifeWheel, type WheelComparison } from "./life-wheel.js";
export * as wheelModel from "./life-wheel.model.js";
export * as wheelModelEdits from "./life-wheel.model-edits.js";
