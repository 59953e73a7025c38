import { css } from "lit";

// Styles of the editing views and of the overlays (compared readings, faces); adopted when the
// views chunk arrives.
export const viewStyles = css`
  /* A printed wheel is the picture and its key: no buttons, no editing panel. */
  @media print {
    .toolbar,
    .help,
    .panel,
    .add,
    .undo {
      display: none;
    }
    .fill {
      fill: #bbb;
      stroke: #000;
    }
    .label {
      fill: #000;
    }
  }
  .help {
    margin: 0.5rem 0 0;
    font-size: 0.9em;
  }
  .legend-fill {
    fill: none;
    stroke: var(--_fill);
    stroke-width: 8;
  }
  .cmp {
    fill: none;
    stroke-width: 3;
    pointer-events: none;
  }
  /* The text's colour, dotted: it must stand out on the blue fill it crosses as well as on the
     page (an orange, #b35c00, read as one line with "desired", #8a3b00; a violet, #6b3fa0, had
     2:1 against the fill). */
  .cmp-0 {
    stroke: var(--_text);
    stroke-dasharray: 2 3;
  }
  .cmp-1 {
    stroke: light-dark(#007a5a, #3ddc97);
    stroke-dasharray: 10 3 2 3;
  }
  .cmp-2 {
    stroke: light-dark(#a0407a, #f49ac1);
    stroke-dasharray: 12 5;
  }
  .cmp-3 {
    stroke: light-dark(#444, #ccc);
    stroke-dasharray: 1 5;
    stroke-linecap: round;
  }
  .face {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 1.5;
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .cmp,
    .face {
      stroke: CanvasText;
    }
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    margin: 0.5rem 0;
    list-style: none;
  }
  .legend svg {
    display: inline-block;
    vertical-align: middle;
    margin-inline-end: 0.25rem;
  }
  .panel {
    margin-block-start: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .panel h3 {
    margin: 0 0 0.5rem;
    font-size: 1.1em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    margin-block: 0.5rem;
  }
  .row label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
`;
