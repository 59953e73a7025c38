// Lets plain tsc (the repository's `tsc -b`) type-check the .ts files that import App.vue. vue-tsc,
// which the build runs, resolves .vue files itself and checks their templates too.
declare module "*.vue" {
  import type { DefineComponent } from "vue";
  const component: DefineComponent;
  export default component;
}
