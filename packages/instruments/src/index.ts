// Ready-made famwel instrument definitions. The JSON files in ../definitions are the source of truth;
// hosts that only need the data can import them directly via "@famwel/instruments/definitions/*.json".
//
// TODO(types): type these as `InstrumentDefinition` from "@famwel/instrument" once that package
// exports its types; for now each export has the type TypeScript infers from its JSON file.
import familyWheelJson from "../definitions/family-wheel.json" with { type: "json" };
import childWheelJson from "../definitions/child-wheel.json" with { type: "json" };
import serviceNetworkJson from "../definitions/service-network.json" with { type: "json" };
import reflectionJson from "../definitions/reflection.json" with { type: "json" };

/** The family's life-quality wheel (family; employee for the worker's view). */
export const familyWheel: typeof familyWheelJson = familyWheelJson;

/** The child's wheel with faces, for children of about 7–12. */
export const childWheel: typeof childWheelJson = childWheelJson;

/** The service-network map with the Norwegian service catalog (family; employee). */
export const serviceNetwork: typeof serviceNetworkJson = serviceNetworkJson;

/** The three-step reflection for family, employees and managers. */
export const reflection: typeof reflectionJson = reflectionJson;

/** Every ready-made instrument, in the order they are usually used. */
export const allInstruments: readonly [
  typeof familyWheelJson,
  typeof childWheelJson,
  typeof serviceNetworkJson,
  typeof reflectionJson,
] = [familyWheel, childWheel, serviceNetwork, reflection];
