// String length in Unicode code points, as JSON Schema's minLength/maxLength count it: a drop-in for
// Ajv's runtime ucs2length, which the precompiled validators call for every length-limited string.
// Ajv's walks the string one UTF-16 unit at a time in JavaScript; a regular expression does the
// same scan natively, which matters most where it runs cold (an element checking its section on
// first render) and on long texts (a reflection answer may be 20,000 characters).
// test/agreement.test.ts holds it to Ajv's, including lone and doubled surrogates.
"use strict";

const HIGH = /[\uD800-\uDBFF]/;
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

function ucs2length(str) {
  if (!HIGH.test(str)) return str.length; // no astral characters: one unit per code point
  const pairs = str.match(PAIR); // each surrogate pair is one code point
  return str.length - (pairs ? pairs.length : 0);
}

exports.default = ucs2length;
