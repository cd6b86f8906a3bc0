/** @jest-environment jsdom */
// The pane's minutes components over the real session on a fake workbook: the execution bars
// (a bar per budget line and the quarters, each with its words for a screen reader) and
// "전차 회의록에서 가져오기" (a preview, then the meeting sheet's tables written, nothing else).
import "./dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyze } from "../../src/core/analyze";
import type { WorkbookGrid } from "../../src/core/grid";
import { won } from "../../src/core/money";
import { planReport } from "../../src/core/report";
import { ExecutionChart } from "../../src/taskpane/components/execution-chart";
import { minutesStrings } from "../../src/taskpane/components/minutes-strings";
import { strings } from "../../src/taskpane/i18n";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { firstQuarterBook } from "../report/first-quarter";
import { planGrid } from "../report/plan-text";
import { fakeSession } from "./fake-session";
import { renderPane } from "./render";

jest.setTimeout(30_000);

/** The sample with its 1분기 minutes beside it and no follow-up tables on its meeting sheet. */
function withPreviousMinutes(): WorkbookGrid {
  const { sheets } = firstQuarterBook();
  const q1 = planReport(analyze({ sheets }, { period: { quarter: 1 } }));
  if (!q1.ok) throw new Error("expected a 1분기 report");
  return { sheets: [...sheets, planGrid(q1.plan.sheets[0]!)] };
}

describe("the execution as a picture", () => {
  test("a bar per budget line and the quarters against the budget, each said in words", async () => {
    await renderPane(fakeSession(sampleWorkbookGrid()));
    const figures = analyze(sampleWorkbookGrid()).figures!;
    const bars = screen.getAllByTestId("line-bar");
    expect(bars).toHaveLength(figures.lines.length);
    const survey = screen.getByRole("img", { name: /^사회적경제 기업 운영현황 조사: 예산 6,000,000원 중 5,017,620원 집행, 84%$/ });
    expect((survey.firstElementChild as HTMLElement).style.width).toBe(`${(5_017_620 / 6_000_000) * 100}%`);
    const quarters = screen.getByRole("img", { name: /^총 예산 192,500,000원 중 1분기 40,806,390원\(21%\), 2분기 25,654,195원\(13%\), 남은 예산 126,039,415원$/ });
    expect(quarters.children).toHaveLength(2);
  });

  test("a line spent beyond its budget is full and says so", () => {
    const figures = analyze(sampleWorkbookGrid()).figures!;
    const over = { ...figures, lines: [{ ...figures.lines[0]!, executed: won(7_500_000), ratio: 1.25 }] };
    render(
      <FluentProvider theme={webLightTheme}>
        <ExecutionChart figures={over} t={minutesStrings.ko} money={strings.ko.money} />
      </FluentProvider>,
    );
    const bar = screen.getByRole("img", { name: /125%, 예산 초과$/ });
    expect((bar.firstElementChild as HTMLElement).style.width).toBe("100%");
    expect(screen.getByTestId("line-bar").textContent).toContain("125% 예산 초과");
  });

  test("in English", async () => {
    await renderPane(fakeSession(sampleWorkbookGrid()), "en");
    expect(screen.getByRole("heading", { level: 2, name: "Execution at a glance" })).toBeTruthy();
    expect(screen.getByRole("img", { name: /^인건비: ₩25,262,200 spent of ₩62,000,000, 41%$/ })).toBeTruthy();
  });
});

describe("전차 회의록에서 가져오기", () => {
  test("says where section 2 comes from, previews what it adds, and writes only the meeting sheet's empty cells", async () => {
    const pane = fakeSession(withPreviousMinutes());
    await renderPane(pane);
    expect(screen.getByTestId("follow-up-source").textContent).toMatch(/^회의록 2\.에 들어갈 것: 1분기 회의록\('회의록 2024-1분기'\)의 사업 15개, 결정사항 해당 없음$/);
    await userEvent.click(screen.getByTestId("carry-open"));
    const preview = await screen.findByTestId("carry-preview");
    expect(within(preview).getByText("[전차 추진 계획] 사업 15개")).toBeTruthy();
    expect(within(preview).getByText("꽃장, 피우장")).toBeTruthy();
    expect(pane.book.editBatches).toHaveLength(0);

    await userEvent.click(screen.getByTestId("carry-confirm"));
    await screen.findByTestId("carry-done");
    expect(screen.getByTestId("carry-done").textContent).toContain("'회의정보' 시트에 사업 15개, 결정사항 0건을 넣었습니다.");
    expect(pane.book.editBatches).toHaveLength(1);
    expect(new Set(pane.book.editBatches[0]!.map((e) => e.sheet))).toEqual(new Set(["회의정보"]));
    await waitFor(() => expect(screen.getByTestId("follow-up-source").textContent).toContain("'회의정보' 시트의 사업 15개"));
    // Nothing left to carry: the button is off and says why.
    expect((screen.getByTestId("carry-open") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("carry-refusal").textContent).toBe("전차 회의록의 사업과 결정사항이 이미 회의정보 시트에 있습니다.");
  });

  test("cancel closes the preview and writes nothing", async () => {
    const pane = fakeSession(withPreviousMinutes());
    await renderPane(pane);
    await userEvent.click(screen.getByTestId("carry-open"));
    await userEvent.click(await screen.findByRole("button", { name: "취소" }));
    expect(screen.queryByTestId("carry-preview")).toBeNull();
    expect(pane.book.editBatches).toHaveLength(0);
  });

  test("the sample: section 2 from the meeting sheet's tables, nothing to import", async () => {
    await renderPane(fakeSession(sampleWorkbookGrid()));
    expect(screen.getByTestId("follow-up-source").textContent).toBe("회의록 2.에 들어갈 것: '회의정보' 시트의 사업 11개, 결정사항 2건");
    expect((screen.getByTestId("carry-open") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("carry-refusal").textContent).toBe("가져올 전차 회의록 시트 '회의록 2024-1분기'가 없습니다.");
  });
});
