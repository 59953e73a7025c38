import type { StorybookConfig } from "@storybook/web-components-vite";

const config: StorybookConfig = {
  framework: { name: "@storybook/web-components-vite", options: {} },
  stories: ["../packages/*/src/**/*.stories.ts"],
  addons: ["@storybook/addon-a11y", "@storybook/addon-vitest"],
  core: {
    // Privacy is a non-negotiable for the widgets, and for our tooling: no telemetry, no
    // "what's new" feed, no project.json metadata. `--no-version-updates` (package.json) stops the
    // version check, so `storybook dev` and `storybook build` make no request of their own.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    disableProjectJson: true,
  },
};

export default config;
