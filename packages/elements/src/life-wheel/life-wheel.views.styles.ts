import { css } from "lit";

// Styles of the editing views; adopted when the views chunk arrives.
export const viewStyles = css`
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.5rem 0; list-style: none; }
  .legend svg { display: inline-block; vertical-align: middle; margin-inline-end: 0.25rem; }
  .panel { margin-block-start: 0.75rem; padding: 0.75rem; border: 1px solid var(--_muted); border-radius: var(--_radius); }
  .panel h3 { margin: 0 0 0.5rem; font-size: 1.1em; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-block: 0.5rem; }
  .row label { display: flex; flex-direction: column; gap: 0.25rem; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 600; margin-block-end: 0.5rem; }
  th, td { border-block-end: 1px solid var(--_muted); padding: 0.5rem 0.25rem; text-align: start; vertical-align: top; }
  textarea { width: 100%; min-height: 4.5rem; box-sizing: border-box; }
`;
