// The previous minutes through the session, on the fake Excel (Office host) and on an .xlsx file:
// the 1분기 → 2분기 flow as a user runs it (generate 1분기 into the workbook, then 2분기 from it),
// and "전차 회의록에서 가져오기" writing the meeting sheet's tables and nothing else.
import type { WorkbookGrid } from "../../src/core/grid";
import type { WorkbookPort } from "../../src/core/port";
import { ok } from "../../src/core/result";
import { OfficePort } from "../../src/hosts/office/office-port";
import { buildWorkbookFromGrid, readWorkbookGrid, XlsxPort } from "../../src/hosts/xlsx/xlsx-port";
import { excelSession } from "../../src/session/excel";
import { createSession, type WorkbookSession } from "../../src/session/workbook-session";
import { FakeExcel } from "../fakes/fake-excel";
import { firstQuarterBook } from "../report/first-quarter";
import { plannedPrograms, planLines, section2 } from "../report/plan-text";

interface Host {
  readonly session: WorkbookSession;
  /** The workbook as the host holds it now. */
  grid(): Promise<WorkbookGrid>;
}

function excelHost(): Host {
  const fake = FakeExcel.fromGrid(firstQuarterBook());
  const port = new OfficePort(fake);
  return {
    session: excelSession(port),
    grid: async () => {
      const r = await port.read();
      if (!r.ok) throw new Error(r.error.detail);
      return r.value;
    },
  };
}

function fileHost(): Host {
  const wb = buildWorkbookFromGrid(firstQuarterBook());
  const port: WorkbookPort = new XlsxPort(wb);
  const session = createSession({ mode: "file", open: () => Promise.resolve(ok({ port, name: "book.xlsx" })) });
  return { session, grid: () => Promise.resolve(readWorkbookGrid(wb)) };
}

describe.each([
  ["the fake Excel", excelHost],
  ["an .xlsx file", fileHost],
] as const)("1분기 → 2분기 through the session on %s", (_host, make) => {
  it("generates 1분기 into the workbook, then 2분기 from it: section 2 reports on each program the 1분기 minutes planned", async () => {
    const host = make();
    const { session } = host;
    expect((await session.open({ kind: "workbook" })).ok).toBe(true);
    session.setPeriod({ quarter: 1 });
    const first = await session.generateReport();
    if (!first.ok || !first.value.ok) throw new Error("expected a 1분기 report");
    expect((await session.deliverReport(first.value)).ok).toBe(true);
    const q1Planned = plannedPrograms(planLines(first.value.plan.sheets[0]!));
    expect((await host.grid()).sheets.map((s) => s.name)).toContain("회의록 2024-1분기");

    await session.reload();
    session.setPeriod(null); // back to the meeting sheet's 2분기
    const second = await session.generateReport();
    if (!second.ok || !second.value.ok) throw new Error("expected a 2분기 report");
    const s2 = section2(planLines(second.value.plan.sheets[0]!));
    for (const name of q1Planned) expect(s2.some((l) => l.includes(`${name} →`))).toBe(true);
    expect(second.value.analysis.followUp?.minutesSheet).toBe("회의록 2024-1분기");
    expect(second.value.issues.some((i) => i.code === "minutes-carried")).toBe(true);
  });

  it("carries the previous minutes into the meeting sheet's tables, once, after a preview", async () => {
    const host = make();
    const { session } = host;
    await session.open({ kind: "workbook" });
    session.setPeriod({ quarter: 1 });
    const first = await session.generateReport();
    if (!first.ok || !first.value.ok) throw new Error("expected a 1분기 report");
    await session.deliverReport(first.value);
    session.setPeriod(null);
    await session.reload();

    const preview = session.getState().loaded!.carry;
    expect(preview?.refusal).toBeNull();
    expect(preview?.plans.add.length).toBeGreaterThan(10);
    const before = await host.grid();
    const carried = await session.carryPrevious();
    if (!carried.ok) throw new Error("carry failed");
    expect(carried.value.plans.add).toEqual(preview!.plans.add);
    expect(session.getState().carried).toBe(carried.value);
    // Read again after the write: section 2 now comes from the meeting sheet's table.
    expect(session.getState().loaded?.analysis.followUp?.plansFrom).toBe("meeting");
    // Only the meeting sheet changed, and only cells that were empty.
    const after = await host.grid();
    for (const s of before.sheets) {
      const now = after.sheets.find((x) => x.name === s.name)!;
      if (s.name !== "회의정보") expect(now.values).toEqual(s.values);
      else s.values.forEach((row, r) => row.forEach((v, c) => v !== null && expect(now.values[r]![c]).toEqual(v)));
    }
    const again = await session.carryPrevious();
    expect(again.ok && again.value.refusal).toEqual({ kind: "nothing-new" });
  });
});

describe("carrying without previous minutes", () => {
  it("writes nothing and says why", async () => {
    const host = excelHost();
    await host.session.open({ kind: "workbook" });
    const before = await host.grid();
    const r = await host.session.carryPrevious();
    expect(r.ok && r.value.refusal).toEqual({ kind: "no-minutes", name: "회의록 2024-1분기" });
    expect(await host.grid()).toEqual(before);
    expect(host.session.getState().carried?.refusal?.kind).toBe("no-minutes");
  });
});
