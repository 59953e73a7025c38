import * as model from "./life-wheel.model.js";
import * as edits from "./life-wheel.model-edits.js";

export { FamwelLifeWheel, type WheelComparison } from "./life-wheel.js";
/**
 * The wheel's model. updateDomain and faceFor now live in the views' module (model-edits, which
 * loads after the first render) and are listed here too, as they were before.
 */
export const wheelModel = { ...model, updateDomain: edits.updateDomain, faceFor: edits.faceFor };
export * as wheelModelEdits from "./life-wheel.model-edits.js";
