import { css } from "lit";

// Styles of the map's editing views; adopted when the views chunk arrives, with the links they draw.
export const viewStyles = css`
  :host {
    --_gap: var(
      --famwel-color-warning,
      var(--ds-color-warning-text-default, light-dark(#a34700, #ffb366))
    );
  }
  .link {
    stroke: var(--_text);
    fill: none;
  }
  .gap {
    stroke: var(--_gap);
    stroke-width: 2.5;
    stroke-dasharray: 1 6;
    stroke-linecap: round;
  }
  .help {
    margin: 0 0 0.5rem;
    font-size: 0.9em;
  }
  .panel,
  .add,
  .gaps,
  .compare {
    margin-block-start: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .gaps {
    border-color: var(--_gap);
  }
  /* A box's heading at its top edge (the gaps' and the comparison's h4 kept their 1.33em margin). */
  :is(.panel, .gaps, .compare) > :is(h3, h4):first-child {
    margin: 0 0 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  /* A node's ratings in columns of one width, each select as wide as its column, the note across
     them all: wrapped as a flex row, each took its longest option's width and the rows came out
     ragged, the note a row of its own only where it did not fit. */
  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .controls select {
    width: 100%;
  }
  .controls label:has(textarea) {
    grid-column: 1 / -1;
  }
  .controls > button {
    justify-self: start;
  }
  .controls label,
  .row label,
  .add > label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .controls label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  /* As tall as a capital letter of its label, not the browser's 13 px box beside 16 px text. */
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .hits,
  .links {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  /* A service's links: each name in a column of one width, its select beside it, all in line. */
  .links li {
    display: grid;
    grid-template-columns: minmax(0, 12rem) minmax(0, 20rem);
    gap: 0.5rem;
    align-items: center;
  }
  @media (forced-colors: active) {
    .link {
      stroke: CanvasText;
    }
  }
  @media print {
    .toolbar,
    .help,
    .panel,
    .add,
    .undo {
      display: none;
    }
  }
`;
