// Small instrument and response texts for the CLI tests, written the way an author would format them.
export const instrumentText = `{
  "id": "example.family-wheel",
  "version": "1.0.0",
  "title": { "nb": "Familiehjulet", "en": "The family wheel" },
  "locales": ["nb", "en"],
  "defaultLocale": "nb",
  "roles": ["family"],
  "sections": [
    {
      "type": "wheel",
      "id": "wheel",
      "title": { "nb": "Hvordan har dere det?", "en": "How are you doing?" },
      "scale": { "min": 0, "max": 10 },
      "domains": [
        { "id": "home", "label": { "nb": "Bolig", "en": "Home" } },
        { "id": "school", "label": { "nb": "Skole", "en": "School" } }
      ]
    }
  ]
}
`;

/** Three mistakes: a string where a number belongs, an id with a space, and a misspelt key. */
export const badInstrumentText = instrumentText
  .replace('"max": 10', '"max": "ten"')
  .replace('"id": "home"', '"id": "Home Sweet"')
  .replace('"defaultLocale"', '"defaultLocal"');

/** A JSON syntax error: an unquoted version number on line 3. */
export const syntaxErrorText = `{
  "id": "example.family-wheel",
  "version": 1.0.0,
  "sections": []
}
`;

export const responseText = `{
  "id": "r-2026-001",
  "instrument": { "id": "example.family-wheel", "version": "1.0.0", "hash": "sha256:e6b86a4f7bc17122f950c34998f74435fbc07e8c98c514b61b9eba56350c3151" },
  "role": "family",
  "locale": "nb",
  "status": "completed",
  "created": "2026-11-23T10:00:00Z",
  "updated": "2026-11-23T10:15:00Z",
  "answers": {
    "wheel": {
      "type": "wheel",
      "domains": {
        "home": { "current": 7, "at": "2026-11-23T10:05:00Z" },
        "school": { "current": 4, "at": "2026-11-23T10:06:00Z" }
      }
    }
  }
}
`;

/** Schema-valid, but 14 is off the instrument's 0–10 scale and "garden" is no domain of it. */
export const offScaleResponseText = responseText
  .replace('"current": 4', '"current": 14')
  .replace('"school": {', '"garden": {');

/** The text starting at a 1-based line and column. */
export function at(text: string, line: number, column: number): string {
  const lines = text.split("\n");
  return (lines[line - 1] ?? "").slice(column - 1);
}
