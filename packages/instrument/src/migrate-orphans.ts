// Where migrateResponse keeps what it cannot carry: orphans grouped per (section, reason), each a
// section answer holding only the orphaned items, so the response schema can check them.
import type { SectionAnswer } from "./types.js";
import type { Orphan } from "./generated/response-types.js";

type Obj = Record<string, unknown>;
type Reason = Orphan["reason"];

/** Collects orphans per (section, reason), in the order they are met. */
export class Orphans {
  readonly list: Orphan[] = [];
  constructor(private readonly from: string) {}
  private bucket(section: string, reason: Reason, type: SectionAnswer["type"]): Obj {
    let o = this.list.find(
      (x) => x.section === section && x.reason === reason && x.answer.type === type,
    );
    if (!o) {
      const answer = (
        type === "wheel"
          ? { type, domains: {} }
          : type === "network"
            ? { type, nodes: {} }
            : type === "reflection"
              ? { type, prompts: {} }
              : { type, items: {} }
      ) as SectionAnswer;
      o = { section, from: this.from, reason, answer };
      this.list.push(o);
    }
    return o.answer as unknown as Obj;
  }
  /** Keeps one keyed item (`domains`, `nodes`, `prompts`, `items`) of a section answer. */
  item(
    section: string,
    reason: Reason,
    type: SectionAnswer["type"],
    key: string,
    id: string,
    value: unknown,
  ): void {
    ((this.bucket(section, reason, type)[key] ??= {}) as Obj)[id] = value;
  }
  link(section: string, reason: Reason, value: unknown): void {
    ((this.bucket(section, reason, "network").links ??= []) as unknown[]).push(value);
  }
  coordinator(section: string, reason: Reason, value: unknown): void {
    this.bucket(section, reason, "network").coordinator = value;
  }
  section(section: string, reason: Reason, answer: SectionAnswer): void {
    this.list.push({ section, from: this.from, reason, answer });
  }
}

export const KEYED: Record<SectionAnswer["type"], string> = {
  wheel: "domains",
  network: "nodes",
  reflection: "prompts",
  scale: "items",
  choice: "items",
  text: "items",
};
