export { FamwelProgressChart } from "./progress-chart.js";
export * as progressModel from "./progress-chart.model.js";
