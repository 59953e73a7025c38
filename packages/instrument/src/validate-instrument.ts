// validateInstrument: the whole definition, as the shell and each section kind's validator together.
import { composeValidator, isObject } from "./compose-validator.js";
import { validateInstrumentShell } from "./generated/instrument-shell.js";
import { validateWheelSection } from "./generated/wheel-section.js";
import { validateNetworkSection } from "./generated/network-section.js";
import { validateReflectionSection } from "./generated/reflection-section.js";
import {
  validateScaleSection,
  validateChoiceSection,
  validateTextSection,
} from "./generated/question-sections.js";

const SECTION = /^\/sections\/(\d+)(?:\/|$)/;

export const validateInstrument = composeValidator(
  validateInstrumentShell,
  {
    wheel: validateWheelSection,
    network: validateNetworkSection,
    reflection: validateReflectionSection,
    scale: validateScaleSection,
    choice: validateChoiceSection,
    text: validateTextSection,
  },
  (data, check) => {
    const list = isObject(data) ? data.sections : undefined;
    if (Array.isArray(list))
      list.forEach((value: unknown, i) => check(value, `/sections/${i}`, list, i));
  },
  // Sections come last in a definition, in their order; anything else comes before them.
  (path) => [Number(SECTION.exec(path)?.[1] ?? -1)],
);
