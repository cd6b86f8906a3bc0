import { createRevalidator, type Change } from "../../src/session/revalidate";
import type { Loaded } from "../../src/session/state";
import { createReader } from "../../src/session/reader";
import type { HostError, WorkbookPort } from "../../src/core/port";
import type { Result } from "../../src/core/result";
import { OfficePort } from "../../src/hosts/office/office-port";
import { sampleWorkbookGrid } from "../../src/sample";
import { FakeExcel } from "../fakes/fake-excel";

/** Manual timers: the test decides when time passes. */
function manualTimers() {
  let next = 1;
  const pending = new Map<number, () => void>();
  return {
    set: (f: () => void) => {
      const h = next++;
      pending.set(h, f);
      return h;
    },
    clear: (h: unknown) => void pending.delete(h as number),
    fire: () => {
      const fs = [...pending.values()];
      pending.clear();
      fs.forEach((f) => f());
    },
    get size() {
      return pending.size;
    },
  };
}

/** What the session gives the revalidator: one read, parsed at the edge and analysed once. */
const readOf = (port: WorkbookPort) => () => createReader(port).read({});

describe("createRevalidator", () => {
  it("coalesces a burst of changes into one read and one result", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const timers = manualTimers();
    const results: { r: Result<Loaded, HostError>; changes: readonly Change[] }[] = [];
    const rv = createRevalidator({ read: readOf(new OfficePort(fake)), onResult: (r, changes) => results.push({ r, changes }), timers });
    rv.notify("집행내역", "A5");
    rv.notify("집행내역", "A6:F9");
    rv.notify("집행내역", "B7");
    expect(timers.size).toBe(1);
    expect(fake.stats.syncs).toBe(0);
    timers.fire();
    await rv.flush();
    expect(results).toHaveLength(1);
    expect(results[0]!.changes.map((c) => c.address)).toEqual(["A5", "A6:F9", "B7"]);
    expect(fake.stats.syncs).toBe(2);
  });

  it("never runs two validations at once; a change during a run gets one more run", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const port = new OfficePort(fake);
    let inFlight = 0;
    let maxInFlight = 0;
    let release: (() => void) | null = null;
    const slowPort = {
      ...port,
      read: async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise<void>((res) => (release = res));
        inFlight--;
        return port.read();
      },
      write: port.write.bind(port),
      applyEdits: port.applyEdits.bind(port),
    };
    const timers = manualTimers();
    const seen: number[] = [];
    const rv = createRevalidator({ read: readOf(slowPort), onResult: (_r, c) => seen.push(c.length), timers });
    rv.notify("집행내역", "A5");
    timers.fire();
    rv.notify("집행내역", "A6");
    rv.notify("집행내역", "A7");
    timers.fire();
    await new Promise((r) => setTimeout(r, 0));
    release!();
    await new Promise((r) => setTimeout(r, 20));
    release!();
    await rv.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(maxInFlight).toBe(1);
    expect(seen).toEqual([1, 2]);
  });

  it("updates the issues within a second of a paste into the ledger (real timers)", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const port = new OfficePort(fake);
    const ledger = fake.sheet("집행내역");
    const box = ledger.usedBox()!;
    const done = new Promise<{ r: Result<Loaded, HostError>; ms: number }>((resolve) => {
      const start = Date.now();
      const rv = createRevalidator({ read: readOf(port), onResult: (r) => resolve({ r, ms: Date.now() - start }) });
      void port.watchSheetChanges(["집행내역"], (sheet, address) => rv.notify(sheet, address)).then(async (w) => {
        if (!w.ok) throw new Error(w.error.detail);
        // A pasted bank export row with a budget line the budget sheet does not know.
        const row = box.bottom + 2;
        const cols = box.right - box.left + 1;
        const values = Array.from({ length: 1 }, () => Array.from({ length: cols }, (_, c) => (c === 0 ? "2024-05-20" : c === 1 ? "없는 사업" : "x")));
        await fake.userEdit("집행내역", `A${row}`, values);
      });
    });
    const { r, ms } = await done;
    expect(ms).toBeLessThan(1000);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.analysis.issues.some((i) => i.sheet === "집행내역" && i.cell !== undefined && Number(i.cell.replace(/^[A-Z]+/, "")) === box.bottom + 2)).toBe(true);
  });

  it("reports nothing after dispose", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const timers = manualTimers();
    const seen: unknown[] = [];
    const rv = createRevalidator({ read: readOf(new OfficePort(fake)), onResult: (r) => seen.push(r), timers });
    rv.notify("집행내역", "A5");
    rv.dispose();
    timers.fire();
    await rv.flush();
    expect(seen).toEqual([]);
    expect(fake.stats.syncs).toBe(0);
  });
});
