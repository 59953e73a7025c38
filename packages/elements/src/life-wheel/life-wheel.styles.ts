import { css } from "lit";

// The wheel's own looks for the first paint; the shared tokens (shared/tokens.styles.ts) come first.
// Print rules travel with the views chunk (life-wheel.views.styles.ts): nobody prints a page in the
// moment before it arrives.
export const styles = css`
  :host {
    --_fill: var(--famwel-wheel-fill, color-mix(in srgb, var(--_accent) 70%, transparent));
    --_desired: var(--famwel-wheel-desired, light-dark(#8a3b00, #ffb870));
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    touch-action: pan-y;
    user-select: none;
  }
  /* Until the views bring the toolbar above it, its row (shared/controls.styles.ts: a 2.75rem
     button, 0.75rem below), so that the wheel does not jump down when they come. Shifted, not
     padded: the picture's box is then where it stays, so browsers count no layout shift (a padding
     moved the box's top, CLS 0.03 at 1024 px). The margin keeps what follows below it. The wheel's
     picture only: the legend's samples are svgs first in their line too. */
  [part="wheel"]:first-child {
    translate: 0 3.5rem;
    margin-bottom: 3.5rem;
  }
  .sector {
    fill: transparent;
    cursor: pointer;
    touch-action: none;
    stroke: var(--_muted);
  }
  .ring {
    fill: none;
    stroke: var(--_muted);
    stroke-opacity: 0.35;
  }
  .fill {
    fill: var(--_fill);
    stroke: var(--_accent);
    stroke-width: 1.5;
    pointer-events: none;
  }
  .desired {
    fill: none;
    stroke: var(--_desired);
    stroke-width: 3;
    stroke-dasharray: 7 4;
    pointer-events: none;
  }
  /* No stroke until focused or selected: none is the default, and nothing above sets one. */
  .focus {
    fill: none;
    pointer-events: none;
  }
  .segment {
    outline: none;
  }
  .segment:focus-visible .focus,
  .segment.selected .focus {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .segment:focus-visible .focus {
    stroke-width: 4;
  }
  .label {
    fill: var(--_text);
  }
  @media (forced-colors: active) {
    .fill {
      fill: Highlight;
      stroke: CanvasText;
    }
    .sector,
    .ring,
    .desired {
      stroke: CanvasText;
    }
    .label {
      fill: CanvasText;
    }
    .segment:focus-visible .focus,
    .segment.selected .focus {
      stroke: Highlight;
    }
  }
`;
