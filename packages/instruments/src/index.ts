// Ready-made famwel instrument definitions. The JSON files in ../definitions are the source of truth;
// hosts that only need the data can import them directly via "@famwel/instruments/definitions/*.json".
// Each is checked by parseInstrument in this package's tests, which is what makes the type below true.
import type { InstrumentDefinition } from "@famwel/instrument";
import familyWheelJson from "../definitions/family-wheel.json" with { type: "json" };
import childWheelJson from "../definitions/child-wheel.json" with { type: "json" };
import serviceNetworkJson from "../definitions/service-network.json" with { type: "json" };
import reflectionJson from "../definitions/reflection.json" with { type: "json" };
import familyJson from "../definitions/family.json" with { type: "json" };

// JSON imports widen literal types ("wheel" becomes string), so they are asserted to the schema's type.
const definition = (json: unknown) => json as InstrumentDefinition;

/** The family's life-quality wheel (family; employee for the worker's view). */
export const familyWheel: InstrumentDefinition = definition(familyWheelJson);

/** The child's wheel with faces, for children of about 7–12. */
export const childWheel: InstrumentDefinition = definition(childWheelJson);

/** The service-network map with the Norwegian service catalog (family; employee). */
export const serviceNetwork: InstrumentDefinition = definition(serviceNetworkJson);

/** The three-step reflection for family, employees and managers. */
export const reflection: InstrumentDefinition = definition(reflectionJson);

/**
 * The bundled family instrument: the family's wheel, a few words about a good life, the
 * service-network map, what the family wants to say to the services, and two questions about
 * answering — in one definition, for `<famwel-instrument>` to run from start to submit.
 */
export const family: InstrumentDefinition = definition(familyJson);

/** Every ready-made instrument, in the order they are usually used. */
export const allInstruments: readonly InstrumentDefinition[] = [
  familyWheel,
  childWheel,
  serviceNetwork,
  reflection,
  family,
];
