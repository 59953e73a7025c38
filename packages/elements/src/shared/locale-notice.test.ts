// A host that offers a language nobody fluent has reviewed yet can say so on the page: the
// elements show the catalog's own one-line notice, only when the host asked, and it goes away
// once the catalog is marked reviewed.
import { describe, expect, it } from "vitest";
import type { InstrumentDefinition } from "@famwel/instrument";
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import serviceNetworkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import "../define/famwel-life-wheel.js";
import "../define/famwel-service-map.js";
import { stringsOf, type UiStrings } from "./i18n.js";
import { addCatalogStrings, registerCatalog, type LocaleCatalog } from "./locale-catalog.js";
import { expectNoAxeViolations } from "../test-support/axe.js";
import { mount } from "../test-support/mount.js";

const wheel = familyWheelJson as unknown as InstrumentDefinition;
const network = serviceNetworkJson as unknown as InstrumentDefinition;

/** A stand-in catalog: English words under tags no catalog of ours uses, so the test needs no real translation. */
function catalog(locale: string, review: LocaleCatalog["review"]): LocaleCatalog {
  addCatalogStrings();
  return {
    locale,
    name: "Test",
    dir: "ltr",
    review,
    strings: { ...stringsOf("en"), unreviewedNotice: `Not reviewed (${locale})` } as UiStrings,
  };
}
const notice = (el: HTMLElement) =>
  el.shadowRoot!.querySelector("[part=notice]")?.textContent?.trim();

describe("unreviewed-translation notice", () => {
  it("shows on the wheel and the map only when the host asks, and not once reviewed", async () => {
    registerCatalog(catalog("kl", "unreviewed"), { notice: true });
    const w = await mount("famwel-life-wheel", (e) => {
      e.instrument = wheel;
      e.locale = "kl";
    });
    const m = await mount("famwel-service-map", (e) => {
      e.instrument = network;
      e.locale = "kl";
    });
    await expect.poll(() => notice(w)).toBe("Not reviewed (kl)");
    await expect.poll(() => notice(m)).toBe("Not reviewed (kl)");
    await expectNoAxeViolations(w);

    registerCatalog(catalog("fo", "unreviewed"));
    w.locale = "fo";
    await w.updateComplete;
    expect(notice(w)).toBeUndefined();

    registerCatalog(catalog("kl", "reviewed"), { notice: true });
    m.locale = "kl";
    m.requestUpdate();
    await m.updateComplete;
    expect(notice(m)).toBeUndefined();
  });
});
