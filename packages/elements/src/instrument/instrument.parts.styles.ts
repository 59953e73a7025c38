import { css } from "lit";

// The runner's frame and its native questions: 44 px targets, a visible focus ring, the error
// colour only together with words and a thick border (never colour alone), and tokens throughout.
// In the parts chunk (adopted when it arrives, before the parts first render): the runner's first
// load carries only what its shell shows.
export const partStyles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  h2 {
    margin: 0;
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.2em;
    margin-block: 1rem 0.5rem;
  }
  h4 {
    margin: 0;
    font-size: 1.05em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .languages {
    display: flex;
    gap: 0.25rem;
    flex-wrap: wrap;
  }
  button,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.9rem;
    cursor: pointer;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button[aria-pressed="true"],
  button.primary {
    background: var(--_accent);
    color: var(--_surface);
    border-color: var(--_accent);
  }
  button.link {
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding-inline: 0.25rem;
  }
  :is(button, input, textarea, a):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .progress-label {
    margin-block: 0.75rem 0.25rem;
    font-weight: 600;
  }
  /* The numbers inside their items: outside, each sat in the gap before its item, which left
     "det2." with no room between one step and the next. */
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style-position: inside;
    font-size: 0.9em;
  }
  /* The review after the steps: no number, so the numbers agree with "Steg 1 av 5". */
  .steps li.review {
    list-style-type: none;
  }
  .steps li.current {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .hint {
    margin-block: 0.25rem;
  }
  .question {
    margin-block: 0 1.25rem;
    border: 0;
    padding: 0;
    min-width: 0;
  }
  .question.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  legend,
  .question > label {
    font-weight: 600;
    padding: 0;
    display: block;
    margin-block-end: 0.25rem;
  }
  .req {
    font-weight: 400;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .options.scale {
    flex-direction: row;
    flex-wrap: wrap;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    padding-inline-end: 0.5rem;
    cursor: pointer;
  }
  .scale .option {
    flex-direction: column;
    align-items: center;
    min-width: 2.75rem;
    gap: 0.1rem;
  }
  .anchor {
    font-size: 0.8em;
    max-width: 7em;
    text-align: center;
  }
  input[type="radio"],
  input[type="checkbox"] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  input[type="text"],
  textarea {
    width: 100%;
    box-sizing: border-box;
    min-height: 2.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.4rem 0.5rem;
  }
  [aria-invalid="true"]:is(input[type="text"], textarea) {
    border: 2px solid var(--_error);
  }
  .count {
    margin-block: 0.25rem 0;
    font-size: 0.9em;
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
    margin-block: 0.25rem;
  }
  .error-summary,
  .send-error {
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin-block: 0.75rem;
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error-summary h3 {
    margin-block-start: 0;
  }
  .send-error p {
    margin-block: 0;
  }
  .send-error p + p {
    margin-block-start: 0.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .nav {
    display: flex;
    gap: 0.75rem;
    margin-block-start: 1.5rem;
    flex-wrap: wrap;
  }
  .wait {
    visibility: hidden;
  }
  .summary-section {
    border-block-end: 1px solid var(--_muted);
    padding-block: 0.5rem;
  }
  .summary-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
  }
  dl {
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(10rem, 1fr) 2fr;
    gap: 0.25rem 1rem;
    padding-block: 0.35rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* The family's own line breaks, kept; only inside the value, not the template's whitespace. */
  .value {
    white-space: pre-wrap;
  }
  dd.empty {
    font-style: italic;
  }
  @media (max-width: 40rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
`;
