// A React host: the wheel and the map as separate widgets, and the runner for a whole instrument. The
// answers live in React state (the "host's state"), which is what a real app would save; the elements
// only report them through onChange / onFamwelSubmit.
import { useState } from "react";
import {
  FamwelInstrument,
  FamwelLifeWheel,
  FamwelServiceMap,
  type FamwelLifeWheelElement,
  type FamwelServiceMapElement,
} from "@famwel/react";
import { family, familyWheel, serviceNetwork } from "@famwel/instruments";
import { HostState, type Answers } from "./HostState";

const locales = { nb: "Bokmål", nn: "Nynorsk", en: "English" } as const;
type Locale = keyof typeof locales;

export function App() {
  const [locale, setLocale] = useState<Locale>("en");
  const [answers, setAnswers] = useState<Answers>({});

  return (
    <main>
      <h1>famwel in a React app</h1>
      <label className="language">
        Language of the widgets{" "}
        <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          {Object.entries(locales).map(([code, name]) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </label>

      <section id="wheel" aria-labelledby="wheel-title">
        <h2 id="wheel-title">The life wheel</h2>
        <FamwelLifeWheel
          instrument={familyWheel}
          locale={locale}
          // Handing the answer back is safe: `change` fires on user edits only, never on `value`.
          value={answers.wheel}
          onChange={(e) => {
            const wheel = (e.target as FamwelLifeWheelElement).value;
            setAnswers((a) => ({ ...a, wheel }));
          }}
        />
      </section>

      <section id="map" aria-labelledby="map-title">
        <h2 id="map-title">The service map</h2>
        <FamwelServiceMap
          instrument={serviceNetwork}
          locale={locale}
          value={answers.map}
          onChange={(e) => {
            const map = (e.target as FamwelServiceMapElement).value;
            setAnswers((a) => ({ ...a, map }));
          }}
        />
      </section>

      <section id="runner" aria-labelledby="runner-title">
        <h2 id="runner-title">A whole instrument, step by step</h2>
        <FamwelInstrument
          instrument={family}
          locale={locale}
          // Drafts come to the host as events; nothing is stored unless the host stores it.
          onFamwelDraft={(e) => setAnswers((a) => ({ ...a, draft: e.response }))}
          onFamwelSubmit={(e) => setAnswers((a) => ({ ...a, submitted: e.response }))}
        />
      </section>

      <HostState answers={answers} />
    </main>
  );
}
