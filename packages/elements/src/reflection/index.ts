export { FamwelReflection } from "./reflection.js";
export * as reflectionModel from "./reflection.model.js";
export * as reflectionShared from "./reflection.model-shared.js";
