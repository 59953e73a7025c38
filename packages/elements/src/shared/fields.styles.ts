import { css } from "lit";

// The form fields, tables and error box every element shares: a visible focus ring on every field,
// 44 px tall fields, and the tokens from shared/tokens.styles.ts. The toolbar and the buttons of the
// editing views are in controls.styles.ts: a module of their own, so that the progress chart, which
// has fields and a table but no button, does not carry their rules in its first load.

/** Fields (fonts, boxes, focus ring), fieldsets, the error box and data tables. */
export const fieldStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: inline-flex;
    gap: 0.25rem;
    flex-wrap: wrap;
    align-items: center;
  }
  legend {
    float: inline-start;
    margin-inline-end: 0.5rem;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  :is(button, select, input, textarea):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Border-box, so that a text field is 44 px tall like the button beside it (it was 54 px). */
  input,
  select,
  textarea {
    min-height: 2.75rem;
    box-sizing: border-box;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.25rem 0.5rem;
  }
  .error {
    border: 2px solid light-dark(#b00020, #ff8a80);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin-block-end: 0.75rem;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  th,
  td {
    border-block-end: 1px solid var(--_muted);
    padding: 0.5rem 0.25rem;
    text-align: start;
    vertical-align: top;
  }
`;
