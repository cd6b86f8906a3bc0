// The catalogs' parity test, derived from the catalog itself: every code the Korean catalog has
// (and the English one has the same codes) needs an example below, and each example renders in
// both languages with every param filled — no "undefined", "NaN" or leftover placeholder — naming
// its sheet and cell. The examples are typed per code, so a code added without one does not
// compile; and the test iterates the catalog's codes, so it could not pass one by either.
import { QUOTE_MAX, catalogs, renderIssue } from "../../src/core/issues/render";
import { josa, paneControls } from "../../src/core/issues/words";
import type { Issue, IssueCode, IssueOf } from "../../src/core/issues/issue";

const base = { sheet: "집행내역", cell: "D7", value: "12만원" };
const host = (detail: string) => ({ params: { detail } });

type Example<C extends IssueCode> = Omit<IssueOf<C>, "code" | "severity">;

// One realistic example per code.
const examples: { readonly [C in IssueCode]: Example<C> } = {
  "sheet-missing": { params: { role: "ledger", names: "집행내역, 집행, 지출내역, 지출, Ledger, Disbursements" } },
  "sheet-ambiguous": { sheet: "예산", params: { role: "budget", other: "2024 예산" } },
  "header-not-found": { sheet: "예산", params: { headers: "구분, 사업명, 예산액", rows: "1~20" } },
  "column-missing": { sheet: "집행내역", params: { field: "amount", names: "금액, 집행액, Amount" } },
  "column-duplicate": { sheet: "집행내역", cell: "F3", params: { field: "amount", firstCell: "E3" } },
  "sheet-empty": { sheet: "교부", params: { role: "grants" } },
  "sheet-hidden": { sheet: "집행내역", params: { role: "ledger" } },
  "not-an-amount": { ...base, params: {} },
  "fractional-won": { ...base, value: "1200.5", params: {} },
  "amount-too-large": { ...base, value: "123456789012345", params: {} },
  "totals-too-large": { params: {} },
  "amount-missing": { ...base, value: "", params: {} },
  "date-missing": { ...base, cell: "A7", value: "", params: {} },
  "date-invalid": { ...base, cell: "A7", value: "2024-02-30", params: {} },
  "not-a-date": { ...base, cell: "A7", value: "어제", params: {} },
  "formula-error": { ...base, value: "#REF!", params: {} },
  "date-outside-year": { ...base, cell: "A7", value: "2023-12-30", params: { year: 2024 } },
  "date-after-as-of": { ...base, cell: "A7", value: "2024-06-03", params: { asOf: "2024-05-24", count: 1, firstDate: "2024-06-03", lastDate: "2024-06-03" } },
  "name-missing": { ...base, cell: "B7", value: "", params: { field: "budgetLine" } },
  "unknown-budget-line": { ...base, cell: "B7", value: "홍보사업", params: { suggestion: "홍보 사업" } },
  "duplicate-budget-line": { sheet: "예산", cell: "B9", value: "홍보", params: { firstCell: "B5" } },
  "duplicate-voucher": { ...base, cell: "F9", value: "2024-031", params: { firstCell: "F7" } },
  "negative-amount": { ...base, value: "-50000", params: { role: "ledger" } },
  "grants-exceed-budget": { sheet: "교부", params: { grants: 200000000, budget: 192500000 } },
  "line-overspent": { sheet: "예산", cell: "C5", params: { line: "홍보", executed: 1200000, budget: 1000000 } },
  "spent-over-grants": { params: { executed: 104_562_920, grants: 96_250_000 } },
  "spent-over-budget": { params: { executed: 200_000_000, budget: 192_500_000 } },
  "total-row-skipped": { sheet: "예산", cell: "A12", value: "합계", params: {} },
  "parent-row-skipped": { sheet: "예산", cell: "B3", value: "인건비", params: { range: "B4:B5" } },
  "total-mismatch": { sheet: "예산", cell: "C10", value: "100500000", params: { found: 100_500_000, computed: 100_000_000 } },
  "budget-revision-used": { sheet: "예산", cell: "D3", value: "변경예산액", params: { column: "변경예산액", columns: "예산액, 변경예산액" } },
  "amount-column-chosen": { sheet: "집행내역", cell: "G2", value: "합계", params: { column: "합계", others: "금액, 부가세" } },
  "amount-bank-net": { sheet: "집행내역", cell: "D2", params: {} },
  "bank-deposit-skipped": { sheet: "집행내역", cell: "D5", params: { count: 2, sum: 50_000_120 } },
  "payment-status-excluded": { sheet: "집행내역", cell: "F2", params: { count: 2, sum: 6_320_000 } },
  "payment-status-unknown": { sheet: "집행내역", cell: "F12", params: { values: "보류, 확인중", count: 3 } },
  "refund-counted": { sheet: "집행내역", cell: "F9", value: "300000", params: { amount: -300_000, evidence: "type" } },
  "refund-sign-unclear": { sheet: "집행내역", cell: "F14", value: "150000", params: { type: "지출", memo: "환급금 반납 처리" } },
  "ledger-sheets-combined": { params: { sheets: "1분기 집행, 2분기 집행", rows: "7, 8", sums: "17766010, 20061000" } },
  "possible-double-entry": { sheet: "집행내역 (2)", cell: "E3", value: "5000000", params: { otherSheet: "집행내역", otherCell: "E9" } },
  "unit-scaled": { sheet: "예산", cell: "D2", params: { unit: "천원", factor: 1000 } },
  "date-system-1904": { sheet: "집행내역", cell: "A2", params: {} },
  "reading-choice-invalid": { sheet: "읽기 설정", cell: "C5", value: "집행내역 | 금액 | 합계액", params: { reason: "column", source: "sheet" } },
  "year-undetermined": { params: {} },
  "year-conflict": { sheet: "2023 예산", params: { found: 2023, year: 2024 } },
  "as-of-after-quarter": { params: { asOf: "2024-07-05", quarter: 2, lastDay: "2024-06-30" } },
  "as-of-outside-year": { params: { asOf: "2025-01-05", year: 2024 } },
  "option-invalid": { value: "5", params: { option: "quarter" } },
  "quarter-invalid": { sheet: "사업", cell: "C4", value: "5분기", params: {} },
  "status-unknown": { sheet: "사업", cell: "E4", value: "보류?", params: {} },
  "meeting-sheet-missing": { params: { names: "회의정보, 회의, Meeting" } },
  "meeting-field-missing": { sheet: "회의정보", params: { field: "place" } },
  "meeting-label-unknown": { sheet: "회의정보", cell: "A9", value: "간식", params: {} },
  "report-sheet-renamed": { params: { base: "회의록 2024-2분기", name: "회의록 2024-2분기 (2)" } },
  "report-sheet-replaced": { sheet: "회의록 2024-2분기", params: { name: "회의록 2024-2분기" } },
  "report-option-overrides-meeting": { sheet: "회의정보", params: { field: "reportQuarter", meetingValue: "2024년 2분기", used: "2024년 3분기" } },
  "report-no-figures": { params: {} },
  "meeting-other-quarter": { sheet: "회의정보", params: { meetingQuarter: "2024년 2분기", used: "2024년 3분기", fields: "회의명, 회의일시, 참석자" } },
  "minutes-carried": {
    sheet: "회의록 2024-1분기",
    params: { quarter: 1, plans: 4, plansFrom: "minutes", decisions: 2, decisionsFrom: "meeting", minutesSheet: "회의록 2024-1분기", meetingSheet: "회의정보" },
  },
  "minutes-previous-missing": { params: { name: "회의록 2023-4분기", quarter: "2023년 4분기", parts: "both", lookalikes: "'1분기 회의록'" } },
  "minutes-previous-several": { sheet: "회의록 2024-1분기 (2)", params: { others: "'회의록 2024-1분기'" } },
  "minutes-previous-unreadable": { sheet: "회의록 2024-1분기", params: {} },
  "minutes-table-other-quarter": { sheet: "회의정보", params: { meetingQuarter: "2024년 2분기", used: "2024년 1분기" } },
  "minutes-plan-not-found": { sheet: "회의정보", params: { count: 2, names: "'전문위원 간담회', '민관 협력 간담회'" } },
  "minutes-decision-no-progress": { sheet: "회의정보", params: { count: 2 } },
  "host-cell-edit-mode": host("InvalidOperationInCellEditMode"),
  "host-sheet-changed": host("ItemNotFound"),
  "host-payload-too-large": host("RequestPayloadSizeLimitExceeded"),
  "host-sheet-protected": host("AccessDenied"),
  "host-name-conflict": host("sheet exists"),
  "host-unreadable": { params: { detail: "Can't find end of central directory", unreadable: "ole" } },
  "host-unknown": host("GeneralException: boom"),
  "fix-amount-text": { ...base, value: "1,200,000원", params: { after: "1,200,000" } },
  "fix-date-text": { ...base, cell: "A7", value: "2024.03.05", params: { after: "2024-03-05" } },
  "fix-full-width": { ...base, cell: "G4", value: "Ｖ－２", params: { after: "V-2" } },
  "fix-spaces": { ...base, cell: "D4", value: " 강사료 ", params: { after: "강사료" } },
};

const catalogCodes = Object.keys(catalogs.ko) as IssueCode[];

function exampleIssue(code: IssueCode): Issue {
  const example = examples[code] as Example<IssueCode> | undefined;
  if (example === undefined) throw new Error(`no example for ${code}: add one to this test`);
  return { code, severity: "error", ...example } as Issue;
}

describe("the catalogs", () => {
  it("have the same codes in Korean and English, and every code has an example", () => {
    expect(Object.keys(catalogs.en).sort()).toEqual([...catalogCodes].sort());
    for (const code of catalogCodes) expect(examples).toHaveProperty([code]);
  });

  it.each(catalogCodes.flatMap((code) => (["ko", "en"] as const).map((locale) => [code, locale] as const)))("%s renders in %s", (code, locale) => {
    const issue = exampleIssue(code);
    for (const withPlace of [true, false]) {
      const { message, hint } = renderIssue(issue, locale, { withPlace });
      for (const text of [message, hint]) {
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toMatch(/undefined|null|NaN|\{|\}|\$|\[object/);
        expect(text).not.toMatch(/''/); // a quoted param that came out empty
      }
      if (locale === "ko") expect(message).toMatch(/[가-힣]/);
    }
    const { message } = renderIssue(issue, locale);
    if (issue.sheet) expect(message).toContain(issue.sheet);
    if (issue.cell) expect(message).toContain(issue.cell);
  });

  it("a message quotes the meeting sheet's own value where the choice overrode it", () => {
    const issue = exampleIssue("report-option-overrides-meeting");
    for (const locale of ["ko", "en"] as const) {
      const { message } = renderIssue(issue, locale);
      expect(message).toContain("'2024년 2분기'");
      expect(message).toContain("'2024년 3분기'");
    }
  });

  it("an invalid option's message quotes the value given", () => {
    expect(renderIssue(exampleIssue("option-invalid"), "ko").message).toBe("설정 값 quarter='5'를 쓸 수 없어 무시했습니다.");
  });

  it("renders money params with thousands separators", () => {
    const m = renderIssue({ code: "grants-exceed-budget", severity: "error", sheet: "교부", params: { grants: 200000000, budget: 192500000 } }, "ko");
    expect(m.message).toContain("200,000,000원");
    expect(m.message).toContain("192,500,000원");
  });

  it("date-after-as-of counts the later rows of a sheet in one message", () => {
    const issue: Issue = {
      code: "date-after-as-of",
      severity: "info",
      sheet: "집행내역",
      cell: "B198",
      value: "2024-05-27",
      params: { asOf: "2024-05-24", count: 23, firstDate: "2024-05-27", lastDate: "2024-06-28" },
    };
    expect(renderIssue(issue, "ko").message).toBe(
      "'집행내역' 시트 B198 셀: 이 행 등 23개 행(2024-05-27 ~ 2024-06-28)은 기준일 2024-05-24 이후라 집계에서 뺐습니다.",
    );
    expect(renderIssue(issue, "en").message).toContain("and 22 more rows");
    // Lists show the sheet and cell beside the message: it does not say them again.
    expect(renderIssue(issue, "ko", { withPlace: false }).message).not.toContain("B198");
  });

  it("puts the place before a message, or leaves it off for lists that show sheet and cell beside it", () => {
    const issue: Issue = { code: "date-invalid", severity: "error", sheet: "집행내역", cell: "B8", value: "2024-02-30", params: {} };
    const whole = renderIssue(issue, "ko").message;
    const short = renderIssue(issue, "ko", { withPlace: false }).message;
    expect(whole.startsWith("'집행내역' 시트 B8 셀: ")).toBe(true);
    expect(whole.endsWith(short)).toBe(true);
    expect(short).not.toContain("B8");
    expect(renderIssue(issue, "en", { withPlace: false }).message).toBe("'2024-02-30' is not a real calendar date.");
    // A workbook-wide issue has no place to drop and stays whole.
    const workbook: Issue = { code: "year-undetermined", severity: "error", params: {} };
    expect(renderIssue(workbook, "ko", { withPlace: false })).toEqual(renderIssue(workbook, "ko"));
  });

  it("unknown-budget-line reads well without a suggestion", () => {
    const m = renderIssue({ code: "unknown-budget-line", severity: "error", sheet: "집행내역", cell: "B7", value: "zzz", params: {} }, "ko");
    expect(m.message).toBe("'집행내역' 시트 B7 셀: 사업명 'zzz'이(가) 예산 시트에 없습니다.");
  });
});

describe("long cell text in messages", () => {
  it("quotes at most QUOTE_MAX characters of a 40,000-character cell; the issue keeps the whole value", () => {
    const long = "나".repeat(40_000);
    const issue: Issue = { code: "unknown-budget-line", severity: "error", sheet: "집행내역", cell: "C7", value: long, params: { suggestion: "가".repeat(500) } };
    const m = renderIssue(issue, "ko", { withPlace: false }).message;
    expect(m).toBe(`사업명 '${"나".repeat(QUOTE_MAX)}…'이(가) 예산 시트에 없습니다. 가장 비슷한 이름: '${"가".repeat(QUOTE_MAX)}…'`);
    expect(renderIssue(issue, "ko").hint.length).toBeLessThan(200);
    expect(issue.value).toHaveLength(40_000);
  });

  it("never splits a character outside the basic plane, and leaves short values alone", () => {
    const emoji = "😀".repeat(QUOTE_MAX + 1);
    const m = renderIssue({ code: "not-a-date", severity: "error", sheet: "s", cell: "A1", value: emoji, params: {} }, "en").message;
    expect(m).toContain(`'${"😀".repeat(QUOTE_MAX)}…'`);
    expect(m).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const short = "x".repeat(QUOTE_MAX);
    expect(renderIssue({ code: "not-a-date", severity: "error", sheet: "s", cell: "A1", value: short, params: {} }, "en").message).toContain(`'${short}'`);
  });
});

describe("josa", () => {
  it.each<[string, string, string, string]>([
    ["사업명", "이", "가", "사업명이"],
    ["날짜", "이", "가", "날짜가"],
    ["'12만원'", "은", "는", "'12만원'은"],
    ["'어제'", "은", "는", "'어제'는"],
    ["'보류?'", "은", "는", "'보류?'는"],
    ["2024-07-10", "이", "가", "2024-07-10이"],
    ["2024-07-02", "이", "가", "2024-07-02가"],
    ["사업명(예산과목)", "이", "가", "사업명(예산과목)이"],
    ["'홍보 영상'", "으로", "로", "'홍보 영상'으로"],
    ["'뉴스레터'", "으로", "로", "'뉴스레터'로"],
    ["'센터 운영비 지출'", "으로", "로", "'센터 운영비 지출'로"], // ㄹ takes 로
    ["'V-X'", "이", "가", "'V-X'이(가)"],
    // Pasted from a Mac: decomposed Hangul (NFD) still takes the right particle.
    ["'합계'".normalize("NFD"), "이", "가", "'합계'".normalize("NFD") + "가"],
    ["'사업명'".normalize("NFD"), "이", "가", "'사업명'".normalize("NFD") + "이"],
  ])("josa(%p, %p, %p) = %p", (word, c, v, expected) => {
    expect(josa(word, c, v)).toBe(expected);
  });
});

describe("hints speak of what exists where they are read (the shell)", () => {
  const codes = catalogCodes.flatMap((code) => (["ko", "en"] as const).map((locale) => [code, locale] as const));
  const optionLike = /(^|\s|\()--[a-z]/;

  it.each(codes)("%s in %s: the pane's hint names no command-line option or command, the CLI's no task pane control", (code, locale) => {
    const issue = exampleIssue(code);
    const paneHint = renderIssue(issue, locale, { shell: "pane" }).hint;
    const cliHint = renderIssue(issue, locale, { shell: "cli" }).hint;
    expect(paneHint).not.toMatch(optionLike);
    expect(paneHint).not.toMatch(/명령줄|template|command line|CLI/);
    expect(cliHint).not.toMatch(/작업창|task pane/i);
    // The pane is the default: the results sheet is read in Excel, beside the pane.
    expect(renderIssue(issue, locale).hint).toBe(paneHint);
  });

  it("a pane hint that names a control in quotes names one of the pane's own controls", () => {
    const labels = new Set<string>(Object.values(paneControls).flatMap((c) => [c.ko, c.en]));
    let checked = 0;
    // Sheet names, and a row of the reading settings sheet ('예산 | 3행 | 자료'), are no controls.
    const other = new Set(["통합 문서 상태", "Workbook status", "회의정보", "2024 예산", "2024 Budget", "'회의정보' (Meeting)", "읽기 설정", "Reading settings"]);
    for (const [code, locale] of codes) {
      const hint = renderIssue(exampleIssue(code), locale, { shell: "pane" }).hint;
      if (!/작업창|task pane/.test(hint)) continue;
      // A quotation opens after a space or bracket ("the sheet's name" is no quotation).
      for (const m of hint.matchAll(/(?:^|[\s(])'([^']+)'(?![a-z])/g)) {
        const quoted = m[1]!;
        if (other.has(quoted) || / \| /.test(quoted) || /^[A-Za-z가-힣 ]{1,4}$/.test(quoted)) continue;
        expect([code, locale, quoted, labels.has(quoted)]).toEqual([code, locale, quoted, true]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it("the meeting sheet's hint sends the pane user to the button that creates it, and the CLI user to add-sheets", () => {
    const issue = exampleIssue("meeting-sheet-missing");
    expect(renderIssue(issue, "ko", { shell: "pane" }).hint).toContain(`'${paneControls.createSheets.ko}'`);
    expect(renderIssue(issue, "en", { shell: "pane" }).hint).toContain(`'${paneControls.createSheets.en}'`);
    expect(renderIssue(issue, "ko", { shell: "cli" }).hint).toContain("add-sheets");
  });

  it("the header hint's example is the missing sheet's own headers", () => {
    const budget = { ...exampleIssue("header-not-found"), params: { headers: "구분, 분야, 사업명, 예산과목, 예산액, 예산", rows: "1~20" } } as Issue;
    const ledger = { ...budget, params: { headers: "집행일자, 집행일, 사업명, 예산과목, 적요, 내용, 금액, 집행액", rows: "1~20" } } as Issue;
    expect(renderIssue(budget, "ko").hint).toContain("(예: '사업명', '예산액')");
    expect(renderIssue(ledger, "ko").hint).toContain("(예: '집행일자', '금액')");
  });
});
