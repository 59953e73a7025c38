// The runner's parser for a definition given as JSON text (`src`, or a string): parseInstrument,
// whose problems say on which line and column of the text they are (it brings jsonc-parser for
// that). A chunk of its own: a definition handed over as an object never needs it.
export { parseInstrument } from "@famwel/instrument";
