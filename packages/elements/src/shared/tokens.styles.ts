import { css } from "lit";

// What every famwel element shares: looks from --famwel-* custom properties that fall back to
// Designsystemet's --ds-* tokens, then to plain values that pass WCAG AA contrast on white and,
// via light-dark(), on dark pages; and the visually hidden live region.
// No color-scheme of its own: it inherits the page's, so light-dark() picks what the page is. With
// `light dark` here it followed the operating system, and on a page that is light whatever the
// system says (most pages), a dark system drew near-white labels and lines on the white page.
export const tokenStyles = css`
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
      var(--ds-color-neutral-background-default, light-dark(#fff, #1b1b1b))
    );
    --_focus: var(--famwel-color-focus, var(--ds-color-focus-outer, light-dark(#00244e, #ffd23f)));
    --_radius: var(--famwel-border-radius, var(--ds-border-radius-md, 4px));
    display: block;
    color: var(--_text);
    font-family: var(--famwel-font-family, var(--ds-font-family));
    font-size: var(--famwel-font-size, 1rem);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
