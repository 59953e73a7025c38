import { css } from "lit";

// The reflection's first-render looks: prompts in one column; with an aside (what it is about, or
// the manager's pooled view) side by side once the element is wide enough, stacked below that.
// A container query on the host, so the element follows its own width, not the window's.
export const styles = css`
  :host {
    container-type: inline-size;
    --_warning: var(--famwel-color-warning, light-dark(#9a3b00, #ffb870));
  }
  .layout {
    display: grid;
    gap: 1.5rem;
  }
  @container (min-width: 48rem) {
    .layout.has-aside {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .layout.has-aside > .error {
      grid-column: 1 / -1;
    }
  }
  .prompts {
    display: grid;
    gap: 1.5rem;
  }
  .description,
  .prompt p {
    margin: 0;
  }
  .prompt {
    display: grid;
    gap: 0.375rem;
  }
  .prompt > label,
  .label {
    font-weight: 600;
  }
  .mark {
    font-weight: 400;
  }
  .guidance,
  .hint,
  .count {
    font-size: 0.9375em;
  }
  .count.at,
  .count.over {
    color: var(--_warning);
    font-weight: 600;
  }
  /* The colour of the error box (fields.styles.ts), or the runner's own when inside it. */
  textarea[aria-invalid="true"] {
    border: 2px solid var(--_error, light-dark(#b00020, #ff8a80));
  }
  .invalid {
    color: var(--_error, light-dark(#b00020, #ff8a80));
    font-weight: 600;
  }
  .answer {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .answer.empty {
    font-style: italic;
  }
  fieldset.consent {
    display: grid;
    gap: 0.25rem;
    margin-block-start: 0.25rem;
  }
  fieldset.consent legend {
    float: none;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.75rem;
    cursor: pointer;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  @media (forced-colors: active) {
    .count.at,
    .count.over {
      color: CanvasText;
    }
  }
  @media print {
    textarea {
      border: 1px solid #000;
      resize: none;
    }
    fieldset.consent .hint {
      display: none;
    }
  }
`;
