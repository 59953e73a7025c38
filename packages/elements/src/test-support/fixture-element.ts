// A tiny element for proving the test infrastructure (browser project, axe helper, Storybook
// stories, bundle budget) works on its own. Test-only: not exported, not in the manifest.
import { LitElement, css, html } from "lit";

/**
 * Test fixture: one button in a shadow root that counts presses.
 *
 * @summary Test-only fixture element.
 * @fires famwel-fixture-press - When the button is pressed.
 * @csspart button - The button.
 */
export class FamwelTestFixture extends LitElement {
  static override properties = {
    label: { type: String },
    broken: { type: Boolean, reflect: true },
    presses: { type: Number, state: true },
  };

  static override styles = css`
    :host {
      display: inline-block;
    }
    button {
      min-inline-size: 44px;
      min-block-size: 44px;
    }
  `;

  /** Accessible name of the button. */
  declare label: string;
  /** Deliberately inaccessible: the button loses its name (for tests that must fail). */
  declare broken: boolean;
  declare presses: number;

  constructor() {
    super();
    this.label = "Press me";
    this.broken = false;
    this.presses = 0;
  }

  #onClick() {
    this.presses += 1;
    this.dispatchEvent(new Event("famwel-fixture-press", { bubbles: true, composed: true }));
  }

  override render() {
    return html`<button part="button" type="button" @click=${this.#onClick}>
        ${this.broken ? html`<span aria-hidden="true">★</span>` : this.label}
      </button>
      <output aria-live="polite">${this.presses}</output>`;
  }
}

export const fixtureTagName = "famwel-test-fixture";

if (!customElements.get(fixtureTagName)) customElements.define(fixtureTagName, FamwelTestFixture);

declare global {
  interface HTMLElementTagNameMap {
    "famwel-test-fixture": FamwelTestFixture;
  }
}
