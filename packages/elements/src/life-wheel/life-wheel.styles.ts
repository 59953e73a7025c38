import { css } from "lit";

// Looks come from --famwel-* custom properties that fall back to Designsystemet's --ds-* tokens,
// then to plain values that pass WCAG AA contrast on white and, via light-dark(), on dark pages.
export const styles = css`
  :host {
    --_accent: var(
      --famwel-color-accent,
      var(--ds-color-accent-base-default, light-dark(#1e5aa8, #8ab8f0))
    );
    --_text: var(
      --famwel-color-text,
      var(--ds-color-neutral-text-default, light-dark(#1a1a1a, #f2f2f2))
    );
    --_muted: var(
      --famwel-color-border,
      var(--ds-color-neutral-border-default, light-dark(#6b6b6b, #a6a6a6))
    );
    --_surface: var(
      --famwel-color-surface,
      var(--ds-color-neutral-background-default, light-dark(#ffffff, #1b1b1b))
    );
    --_fill: var(--famwel-wheel-fill, color-mix(in srgb, var(--_accent) 70%, transparent));
    --_desired: var(--famwel-wheel-desired, light-dark(#8a3b00, #ffb870));
    --_focus: var(--famwel-color-focus, var(--ds-color-focus-outer, light-dark(#00244e, #ffd23f)));
    --_radius: var(--famwel-border-radius, var(--ds-border-radius-md, 4px));
    color-scheme: light dark;
    display: block;
    color: var(--_text);
    font-family: var(--famwel-font-family, var(--ds-font-family, inherit));
    font-size: var(--famwel-font-size, 1rem);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    touch-action: pan-y;
    user-select: none;
  }
  .sector {
    fill: transparent;
    stroke: var(--_muted);
    stroke-width: 1;
    touch-action: none;
    cursor: pointer;
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
  .focus {
    fill: none;
    stroke: none;
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
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  @media print {
    .fill {
      fill: #bbb;
      stroke: #000;
    }
    .label {
      fill: #000;
    }
  }
`;
