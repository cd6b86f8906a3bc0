// Text stays text under the documented rule: a value written to Range.values that starts with "=",
// "+", "-" (or "@") is a formula unless it starts with an apostrophe. The fakes take the undocumented
// parts the way that would hurt (a text format does not protect; an apostrophe in a text-formatted
// cell stays part of the text), so the Office host must get it right whichever way Excel decides.
// Every path that writes user strings is checked by reading the values back, on both Excels.
import { planTemplate } from "../../../src/core/plan/template";
import { OfficePort } from "../../../src/hosts/office/office-port";
import { BACKENDS, openExcel } from "./backends";
import { FORMULA_LOOKING, plan, small } from "./fixtures";

/** The first column's values as the Office host reads them back. */
async function readBack(port: OfficePort, sheet: string, count: number): Promise<{ values: unknown[] }> {
  const r = await port.read();
  if (!r.ok) throw new Error(r.error.detail);
  const g = r.value.sheets.find((s) => s.name === sheet)!;
  return { values: g.values.map((row) => row[0]).slice(0, count) };
}

describe.each(BACKENDS)("text stays text on the %s Excel", (backend) => {
  it.each(FORMULA_LOOKING)("a report cell %j reads back as the same text, with the text format", async (text) => {
    const x = openExcel(backend, small);
    const port = new OfficePort(x);
    expect((await port.write({ sheets: [plan("회의록", [{ row: 0, col: 0, value: text }])], replace: [] })).ok).toBe(true);
    expect(x.cellAt("회의록", "A1")).toMatchObject({ value: text, numberFormat: "@", formula: undefined, error: undefined });
    expect((await readBack(port, "회의록", 1)).values).toEqual([text]);
  });

  it.each(["General", "@", "#,##0"])("fixes and their undo write every such string as itself into a %s cell", async (format) => {
    const x = openExcel(backend, { sheets: [{ name: "데이터", origin: { row: 0, col: 0 }, values: FORMULA_LOOKING.map(() => ["원래 값"]) }] });
    FORMULA_LOOKING.forEach((_, i) => (x.sheet("데이터").cell(i, 0)!.numberFormat = format));
    const port = new OfficePort(x);
    const r = await port.applyEdits(FORMULA_LOOKING.map((value, i) => ({ sheet: "데이터", cell: `A${i + 1}`, value })));
    expect(r.ok).toBe(true);
    FORMULA_LOOKING.forEach((text, i) => {
      // The cell keeps its format; the value is the text itself, never a formula, number or date.
      expect(x.cellAt("데이터", `A${i + 1}`)).toMatchObject({ value: text, numberFormat: format, formula: undefined, error: undefined });
    });
    expect((await readBack(port, "데이터", FORMULA_LOOKING.length)).values).toEqual(FORMULA_LOOKING);
    if (!r.ok) return;
    // Undo: the strings a fix replaced come back the same way.
    const again = await port.applyEdits(r.value.previous);
    expect(again.ok).toBe(true);
    expect((await readBack(port, "데이터", FORMULA_LOOKING.length)).values).toEqual(FORMULA_LOOKING.map(() => "원래 값"));
    if (!again.ok) return;
    expect((await port.applyEdits(again.value.previous)).ok).toBe(true);
    expect((await readBack(port, "데이터", FORMULA_LOOKING.length)).values).toEqual(FORMULA_LOOKING);
  });

  it("the template's cells are written as the template says; formulas are neither read nor written", async () => {
    const x = openExcel(backend, { sheets: [{ name: "Sheet1", origin: { row: 0, col: 0 }, values: [] }] });
    const template = planTemplate({ year: 2024 });
    const r = await new OfficePort(x).write(template);
    expect(r.ok).toBe(true);
    for (const sp of template.sheets) {
      for (const c of sp.cells) {
        if (c.value === null || c.value === "") continue;
        const cell = x.sheet(sp.name).cell(c.row, c.col)!;
        expect({ at: `${sp.name}!${c.row},${c.col}`, value: cell.value, formula: cell.formula }).toEqual({ at: `${sp.name}!${c.row},${c.col}`, value: c.value, formula: undefined });
      }
    }
    expect([...x.stats.members].filter((m) => m === "Range.formulas")).toEqual([]);
  });
});
