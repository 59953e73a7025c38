// @ts-check
// The light/dark switch of the example pages: one toggle button (aria-pressed) that puts
// data-color-scheme="light" or "dark" on <html>. Before the first press the page says "auto" and
// follows the operating system. Designsystemet reads the same attribute, and so do famwel's themes
// (themes/designsystemet.css through Designsystemet, themes/plain.css directly). The choice is not
// stored anywhere: a host that wants it remembered decides where, and says so in its privacy notice.
const root = document.documentElement;
const prefersDark = window.matchMedia("(prefers-color-scheme: dark)");

/** Whether the page shows dark now: chosen by the button, or else the system's preference. */
function isDark() {
  const chosen = root.dataset.colorScheme;
  return chosen === "dark" || (chosen !== "light" && prefersDark.matches);
}

/** @param {HTMLButtonElement} button */
export function colorSchemeSwitch(button) {
  const show = () => button.setAttribute("aria-pressed", String(isDark()));
  button.addEventListener("click", () => {
    root.dataset.colorScheme = isDark() ? "light" : "dark";
    show();
  });
  prefersDark.addEventListener("change", show);
  show();
}
