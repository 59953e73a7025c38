import { css } from "lit";

// The runner's shell: what shows before its parts arrive (loading, or a bad definition's error). The
// frame and the questions are styled by instrument.parts.styles.ts, which comes with the parts.
export const styles = css`
  :host {
    --_error: var(
      --famwel-color-error,
      var(--ds-color-danger-text-default, light-dark(#b00020, #ff8a80))
    );
  }
  /* The step that replaces it starts with a margin-less header: a paragraph's top margin here
     reached out through the element, and the page moved up 8 px when the step came. */
  .loading {
    margin-block-start: 0;
  }
  .error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
`;
