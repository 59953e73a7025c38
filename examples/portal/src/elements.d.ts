// For type-checking the page scripts (assets/*.js, checked with checkJs): the tags that famwel.js
// defines, with their properties, in HTMLElementTagNameMap. The browser never sees this file.
import "@famwel/elements/famwel.js";
