// Lets tsc type-check the .ts files that import App.vue (vue-tsc, which checks .vue files themselves,
// is not a dependency of this example).
declare module "*.vue" {
  import type { DefineComponent } from "vue";
  const component: DefineComponent;
  export default component;
}
