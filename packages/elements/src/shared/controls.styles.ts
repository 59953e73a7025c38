import { css } from "lit";

// The toolbar, buttons and text areas of the elements' editing views (44 px targets), after the
// fields, tables and error box of shared/fields.styles.ts.

/** The toolbar, buttons (pressed ones filled) and text areas; after fieldStyles. */
export const controlStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block-end: 0.75rem;
  }
  button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button[aria-pressed="true"] {
    background: var(--_accent);
    color: var(--_surface);
    border-color: var(--_accent);
  }
  textarea {
    width: 100%;
    min-height: 4.5rem;
  }
`;
