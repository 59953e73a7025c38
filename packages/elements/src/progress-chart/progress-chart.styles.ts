import { css } from "lit";

// The progress chart's own looks; the shared tokens and control styles come first.
export const styles = css`
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block-end: 0.75rem;
  }
  .filter legend {
    float: none;
    flex-basis: 100%;
    font-weight: 600;
    padding: 0;
  }
  .filter label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    cursor: pointer;
  }
  /* Not shrunk beside a label of two lines (14 px wide at 320 px). */
  .filter input,
  .swatch {
    flex: none;
  }
  .filter input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  .swatch {
    width: 3rem;
    height: 0.875rem;
    overflow: visible;
    color: var(--_line);
  }
  .swatch line {
    stroke: currentColor;
    stroke-width: 2;
  }
  .swatch .mark {
    fill: currentColor;
    stroke: currentColor;
  }
  .swatch .open {
    fill: none;
    stroke-width: 1.5;
  }
  /* Line colours, 5:1 or more against the default surface in light and dark; the chart reads them here. */
  .s0 {
    --_line: var(--famwel-progress-color-1, light-dark(#1e5aa8, #8ab8f0));
  }
  .s1 {
    --_line: var(--famwel-progress-color-2, light-dark(#b3470b, #ffa463));
  }
  .s2 {
    --_line: var(--famwel-progress-color-3, light-dark(#1b7a3d, #6fd08c));
  }
  .s3 {
    --_line: var(--famwel-progress-color-4, light-dark(#8e2c8e, #e59be5));
  }
  .s4 {
    --_line: var(--famwel-progress-color-5, light-dark(#a3202c, #ff8a8a));
  }
  .s5 {
    --_line: var(--famwel-progress-color-6, light-dark(#0b6e74, #5fd3d9));
  }
  .s6 {
    --_line: var(--famwel-progress-color-7, light-dark(#6b5200, #e3c35a));
  }
  .s7 {
    --_line: var(--famwel-progress-color-8, light-dark(#4a4a4a, #cfcfcf));
  }
  @media (forced-colors: active) {
    .swatch {
      color: CanvasText;
    }
  }
  .chart {
    position: relative;
    height: var(--famwel-progress-chart-height, 18rem);
    margin-block-end: 1rem;
  }
  .scroll {
    overflow-x: auto;
    margin-block-end: 1rem;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A table wider than its box opens at its newest readings, at its end: the scroll box runs
     against the text (a box starts scrolled to its own start), the table with it. Each row's name
     stays in view over the readings scrolled under it. On screen only: on paper nothing scrolls,
     and the table would run off the page at its names' side. */
  @media screen {
    .scroll {
      direction: rtl;
    }
    [dir="rtl"] .scroll,
    .scroll > table {
      direction: ltr;
    }
    [dir="rtl"] .scroll > table {
      direction: rtl;
    }
  }
  th:first-child {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_surface);
  }
  th,
  td {
    white-space: nowrap;
  }
  tbody th {
    font-weight: normal;
    white-space: normal;
    min-width: 8rem;
  }
  .missing {
    font-style: italic;
  }
  .tag {
    font-size: 0.875em;
  }
  .caption,
  .summary p {
    font-weight: 600;
    margin-block: 0 0.25rem;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  @media print {
    .filter {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
  }
`;
