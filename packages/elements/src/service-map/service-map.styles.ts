import { css } from "lit";

// The map's own looks; the shared tokens (shared/tokens.styles.ts) come first. The links between
// nodes are drawn by the editing views, and their looks come with them (service-map.views.styles.ts).
export const styles = css`
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    user-select: none;
  }
  /* Until the views bring the toolbar and the help line (a family's map is editable) above it,
     their room (service-map.views.styles.ts), as the wheel keeps its toolbar's (life-wheel.styles.ts:
     shifted, so that no layout shift is counted). */
  svg:first-child {
    translate: 0 calc(4rem + 1.26em);
    margin-bottom: calc(4rem + 1.26em);
  }
  .ring,
  .spoke {
    fill: none;
    stroke: var(--_muted);
    stroke-opacity: 0.5;
  }
  .hub {
    fill: var(--_accent);
  }
  .hub-label {
    fill: var(--_surface);
    font-weight: 600;
  }
  .node {
    outline: none;
    cursor: pointer;
    touch-action: none;
  }
  .node .shape {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .node.important .shape {
    stroke-width: 3.5;
  }
  .node.coordinator .shape {
    fill: var(--_accent);
  }
  /* No stroke until focused or selected: none is the default, and nothing above sets one. */
  .node .focus {
    fill: none;
  }
  .node:focus-visible .focus,
  .node.selected .focus {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  /* A numbered circle's key is drawn over its node, and takes no pointer from it; nor does a
     label (the map's pointer handling looks for the node under the pointer, service-map.pointer.ts). */
  .label,
  .key {
    fill: var(--_text);
    pointer-events: none;
  }
  .sector-label {
    fill: var(--_muted);
  }
  @media (forced-colors: active) {
    .node .shape,
    .ring,
    .spoke {
      stroke: CanvasText;
    }
    .node.selected .focus {
      stroke: Highlight;
    }
    .label,
    .key,
    .sector-label {
      fill: CanvasText;
    }
  }
`;
