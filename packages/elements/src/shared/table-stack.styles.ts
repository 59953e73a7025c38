import { css } from "lit";

// Tables of controls (the wheel's table, the map's list) in an element narrower than their columns
// need: on a phone or in a side column the wheel's table was 1,429 px wide, its selects as wide as
// their longest option. There the views render the table with class "stack" (`stackClass`), and each
// row shows as a block: its name, then each cell under its column's name (`data-col`). It stays a
// table for screen readers (Chromium keeps a table's roles whatever its display; the tests check),
// its header row hidden on screen only (class "sr-only" from the tokens, which the views put on the
// <thead> of a stacked table), and the repeated column names out of the accessibility tree
// (`/ ""`: the header already names each cell). Lazy: only the views chunks of the wheel and the map
// import it, so no first load pays for it.
export const stackStyles = css`
  /* No select wider than its place (the map's catalogue picker was 379 px on a 390 px phone). */
  label,
  select {
    max-width: 100%;
  }
  /* In a table, as wide as their cell, not as their longest option. */
  td :is(select, input:not([type="checkbox"])) {
    width: 100%;
    min-width: 6rem;
  }
  .stack,
  .stack :is(caption, tbody, tr, th, td) {
    display: block;
  }
  .stack tr {
    border-block-end: 1px solid var(--_muted);
    padding-block: 0.5rem;
  }
  .stack :is(th, td) {
    border: 0;
    padding: 0.25rem 0;
  }
  /* A note has room for a few words a line, not one (the selects beside it would take it all). */
  td textarea {
    min-width: 10rem;
  }
  /* Stacked, a name field takes the row and its button the next line, the same in every row (they
     shared a line only where the field's label happened to be short). */
  .stack .row > label {
    flex-basis: 100%;
  }
  .stack td[data-col]::before {
    content: attr(data-col) / "";
    display: block;
    margin-block-end: 0.25rem;
    /* Smaller and quieter than what it names: "Hva slags" above "Tjeneste" read as two labels. */
    font-size: 0.875em;
    color: var(--_muted);
  }
`;

/**
 * "stack" when an element `width` px wide cannot give each of `columns` columns of controls about
 * 10em (at 16 px) of its own; "" when the table fits as a table.
 */
export const stackClass = (width: number, columns: number): string =>
  width < columns * 160 ? "stack" : "";
