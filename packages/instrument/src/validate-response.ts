// validateResponse: the whole response, as the shell and each answer kind's validator together.
import { composeValidator, isObject } from "./compose-validator.js";
import { escapePointerSegment } from "./pointer.js";
import { validateResponseShell } from "./generated/response-shell.js";
import { validateWheelAnswer } from "./generated/wheel-answer.js";
import { validateNetworkAnswer } from "./generated/network-answer.js";
import { validateReflectionAnswer } from "./generated/reflection-answer.js";
import {
  validateScaleAnswer,
  validateChoiceAnswer,
  validateTextAnswer,
} from "./generated/question-answers.js";

const ANSWER = /^\/answers\/([^/]*)(?:\/|$)/;
const ORPHAN = /^\/orphans(?:\/(\d+))?(?:\/|$)/;

export const validateResponse = composeValidator(
  validateResponseShell,
  {
    wheel: validateWheelAnswer,
    network: validateNetworkAnswer,
    reflection: validateReflectionAnswer,
    scale: validateScaleAnswer,
    choice: validateChoiceAnswer,
    text: validateTextAnswer,
  },
  (data, check) => {
    if (!isObject(data)) return;
    const answers = data.answers;
    if (isObject(answers))
      for (const key of Object.keys(answers))
        check(answers[key], "/answers/" + escapePointerSegment(key), answers, key);
    const orphans = data.orphans;
    if (Array.isArray(orphans))
      orphans.forEach((orphan: unknown, i) => {
        if (isObject(orphan) && orphan.answer !== undefined)
          check(orphan.answer, `/orphans/${i}/answer`, orphan, "answer");
      });
  },
  // Answers by section id come first, in their keys' order (as Ajv walks an object), then the
  // orphans (the array itself, then each in turn); anything else comes before both.
  (path, data) => {
    const answer = ANSWER.exec(path);
    if (answer) {
      const answers = (data as { answers: Record<string, unknown> }).answers;
      const keys = Object.keys(answers).map(escapePointerSegment);
      return [0, keys.indexOf(answer[1]!)];
    }
    const orphan = ORPHAN.exec(path);
    if (orphan) return [1, Number(orphan[1] ?? -1)];
    return [-1];
  },
);
