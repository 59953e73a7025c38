// Entry point: registers the famwel tags Vue will render (custom elements, not Vue components: see
// isCustomElement in vite.config.ts), then mounts the app. One script, one stylesheet, nothing inline.
import "@famwel/elements/define/famwel-life-wheel";
import "@famwel/elements/define/famwel-service-map";
import "@famwel/elements/define/famwel-instrument";
import { createApp } from "vue";
import App from "./App.vue";

createApp(App).mount("#app");
