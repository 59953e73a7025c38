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
  .filter input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  .filter input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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
