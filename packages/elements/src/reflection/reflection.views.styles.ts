import { css } from "lit";

// The aside: read-only wheel and map, and the manager's pooled answers; adopted when the views arrive.
export const viewStyles = css`
  .aside {
    display: grid;
    gap: 1.5rem;
    min-width: 0;
  }
  h2,
  h3 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.125em;
  }
  h3 {
    font-size: 1em;
  }
  .about-item + .about-item {
    margin-block-start: 1rem;
  }
  .shared section {
    margin-block-start: 1rem;
  }
  .shared-answers {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .shared-answers li {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin-block-end: 0.5rem;
  }
  .too-few {
    font-style: italic;
  }
`;
