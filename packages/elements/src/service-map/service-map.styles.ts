import { css } from "lit";

// The same tokens as the wheel: --famwel-* over Designsystemet's --ds-*, light-dark() defaults.
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
    --_focus: var(--famwel-color-focus, var(--ds-color-focus-outer, light-dark(#00244e, #ffd23f)));
    --_gap: var(
      --famwel-color-warning,
      var(--ds-color-warning-text-default, light-dark(#a34700, #ffb366))
    );
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
    user-select: none;
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
  .node .focus {
    fill: none;
    stroke: none;
  }
  .node:focus-visible .focus,
  .node.selected .focus {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .label {
    fill: var(--_text);
  }
  .sector-label {
    fill: var(--_muted);
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
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .node .shape,
    .ring,
    .spoke,
    .link {
      stroke: CanvasText;
    }
    .node.selected .focus {
      stroke: Highlight;
    }
    .label,
    .sector-label {
      fill: CanvasText;
    }
  }
`;
