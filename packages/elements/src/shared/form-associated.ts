// Form participation shared by the famwel elements (ElementInternals): the answer posts with the
// host's <form> under `name`, a disabled <fieldset> disables the element, and the constraint
// validation API (checkValidity, reportValidity, validity, validationMessage) works as on <input>.
import type { LitElement } from "lit";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs an any-args constructor
type Constructor<T> = new (...args: any[]) => T;

export interface FormAssociatedMembers {
  _internals: ElementInternals;
  /** True while a surrounding <fieldset> or <form> is disabled. */
  _disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formDisabledCallback(disabled: boolean): void;
}

export function FormAssociated<T extends Constructor<LitElement>>(
  Base: T,
): T & Constructor<FormAssociatedMembers> {
  class FormAssociatedElement extends Base implements FormAssociatedMembers {
    static formAssociated = true;
    static properties = { _disabled: { state: true } };
    _internals = this.attachInternals();
    declare _disabled: boolean;
    formDisabledCallback(disabled: boolean): void {
      this._disabled = disabled;
    }
    get form(): HTMLFormElement | null {
      return this._internals.form;
    }
    get validity(): ValidityState {
      return this._internals.validity;
    }
    get validationMessage(): string {
      return this._internals.validationMessage;
    }
    checkValidity(): boolean {
      return this._internals.checkValidity();
    }
    reportValidity(): boolean {
      return this._internals.reportValidity();
    }
  }
  return FormAssociatedElement;
}
