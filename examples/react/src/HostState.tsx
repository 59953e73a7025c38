// What the host holds: a table of the wheel's ratings and the raw answers as JSON, as a real app
// would send them to its server.
import type {
  FamwelInstrumentElement,
  FamwelLifeWheelElement,
  FamwelServiceMapElement,
} from "@famwel/react";

type Response = NonNullable<FamwelInstrumentElement["response"]>;

export interface Answers {
  wheel?: FamwelLifeWheelElement["value"];
  map?: FamwelServiceMapElement["value"];
  draft?: Response;
  submitted?: Response;
}

export function HostState({ answers }: { answers: Answers }) {
  const ratings = Object.entries(answers.wheel?.domains ?? {});
  return (
    <section id="host-state" aria-labelledby="state-title">
      <h2 id="state-title">The host's state</h2>
      <table>
        <caption>Wheel ratings held by React</caption>
        <thead>
          <tr>
            <th scope="col">Domain id</th>
            <th scope="col">Now</th>
            <th scope="col">Wanted</th>
          </tr>
        </thead>
        <tbody>
          {ratings.length === 0 ? (
            <tr>
              <td colSpan={3}>Nothing rated yet.</td>
            </tr>
          ) : (
            ratings.map(([id, answer]) => (
              <tr key={id}>
                <th scope="row">{id}</th>
                <td>{answer?.current ?? "–"}</td>
                <td>{answer?.desired ?? "–"}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <p>
        Service map: {Object.keys(answers.map?.nodes ?? {}).length} people and services. Instrument:{" "}
        {answers.submitted ? "submitted" : answers.draft ? "in progress" : "not started"}.
      </p>
      <pre tabIndex={0} aria-label="All answers as JSON">
        {JSON.stringify(answers, null, 2)}
      </pre>
    </section>
  );
}
