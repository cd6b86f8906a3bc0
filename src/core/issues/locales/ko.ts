// The Korean catalog: for each issue code, the message and what the user can do about it.
// Korean is the add-in's first language; every code has its entry (the Catalog type says so), and
// test/core/messages.test.ts renders each one from an example of that code.
//
// A message says what is wrong without saying where: the renderer (issues/render.ts) puts the
// place ("'집행내역' 시트 D7 셀: ") before it, unless the entry's place is "own" (the message
// names its sheet itself, or the issue is about no place).

import { NOT_CALCULATED } from "../../grid";
import { meetingFieldLabel, meetingFieldList } from "../../meeting/layout";
import type { Catalog } from "../catalog";
import { amountText, fieldLabels, headerExample, josa, label, numeric, paneControls, roleLabels, rowOf, sheetList } from "../words";

const choiceReasonKo: Record<string, string> = {
  sheet: "이런 이름의 데이터 시트를 읽지 않았습니다.",
  field: "항목을 알 수 없습니다(예: 금액, 일자, 사업명, 적요, 상태, 12행).",
  column: "그런 열이 머리글에 없습니다.",
  row: "그 행이 표 안에 없습니다.",
  choice: "선택을 알 수 없습니다.",
  required: "꼭 필요한 열이라 '사용 안 함'으로 둘 수 없습니다.",
  entry: "시트 | 항목 | 선택 머리글 행이 없습니다.",
};
const pane = (key: keyof typeof paneControls) => `'${paneControls[key].ko}'`;

export const ko: Catalog = {
  // --- filled by the workbook core (sheets, headers, cells, cross-sheet checks) ---
  "sheet-missing": {
    message: (p) => `${label(roleLabels, p.role, "ko")} 시트를 찾지 못했습니다. 찾아본 이름: ${p.names}`,
    hint: () => `시트 이름을 위 이름 중 하나로 바꾸거나 그런 시트를 추가하세요. 앞뒤의 연도는 있어도 됩니다(예: '2024 예산', '예산(2024)').`,
  },
  "sheet-ambiguous": {
    message: (p) => `${label(roleLabels, p.role, "ko")} 시트로 볼 수 있는 시트가 여럿입니다. '${p.sheet}' 시트를 쓰고 '${p.other}' 시트는 읽지 않았습니다.`,
    hint: () => `쓰지 않는 시트의 이름을 바꾸세요(예: '예산_이전').`,
    place: "own",
  },
  "header-not-found": {
    // rows: "1~20", the sheet rows searched; "" for a sheet with nothing in it.
    message: (p) =>
      p.rows === ""
        ? `시트가 비어 있어 제목 행이 없습니다. 찾아본 제목: ${p.headers}`
        : `${p.rows}행(처음 20행)에서 제목 행을 찾지 못했습니다. 찾아본 제목: ${p.headers}`,
    hint: (p) => `표 맨 위 행에 위 제목 중 두 개 이상을 적어 주세요(예: ${headerExample(p.headers)}).`,
  },
  "column-missing": {
    message: (p) => `'${label(fieldLabels, p.field, "ko")}' 열이 없습니다. 찾아본 제목: ${p.names}`,
    hint: () => `제목 행에 위 제목 중 하나로 된 열을 추가하세요.`,
  },
  "column-duplicate": {
    message: (p) => `'${label(fieldLabels, p.field, "ko")}' 열이 ${p.firstCell} 열과 겹칩니다. 앞의 ${p.firstCell} 열만 읽었습니다.`,
    hint: () => `둘 중 하나의 제목을 바꾸거나 열을 지우세요.`,
  },
  "sheet-hidden": {
    message: (p) => `'${p.sheet}' 시트는 숨겨져 있지만 ${label(roleLabels, p.role, "ko")} 시트로 읽었습니다.`,
    hint: () => `이 시트가 맞는지 확인하세요. 시트 탭을 마우스 오른쪽 단추로 눌러 '숨기기 취소'로 볼 수 있습니다.`,
    place: "own",
  },
  "sheet-empty": {
    message: (p) => `'${p.sheet}' 시트에 ${label(roleLabels, p.role, "ko")} 행이 하나도 없습니다.`,
    hint: (p) =>
      p.role === "ledger"
        ? `아직 집행이 없다면 그대로 두어도 됩니다. 은행·보조금 시스템에서 내려받은 내역은 머리글 아래 행에 붙여 넣으세요.`
        : `머리글 아래 행에 내용을 입력하거나 붙여 넣으세요. 이 시트가 비어 있으면 집행률을 계산할 수 없습니다('-'로 표시).`,
    place: "own",
  },
  "not-an-amount": {
    message: (p) => `${josa(`'${p.value}'`, "은", "는")} 금액으로 읽을 수 없습니다.`,
    hint: () => `숫자만 입력하세요(예: 1,200,000 또는 1,200,000원). 환급·반납은 -50,000 또는 (50,000)으로 적습니다.`,
  },
  "fractional-won": {
    message: (p) => `금액 '${p.value}'에 원 단위 아래 소수가 있습니다.`,
    hint: () => `원 단위 정수로 고치세요. 수식으로 계산한 값이면 ROUND 함수로 반올림하세요.`,
  },
  "amount-too-large": {
    message: (p) => `금액 ${josa(`'${p.value}'`, "이", "가")} 너무 큽니다(1조 원 초과).`,
    hint: () => `자릿수를 확인하세요. 다른 열의 값(계좌번호 등)이 금액 열에 들어갔을 수 있습니다.`,
  },
  "totals-too-large": {
    message: () => `금액의 합이 너무 커서 정확히 계산할 수 없어 집행률을 계산하지 않았습니다.`,
    hint: () => `금액 열에 잘못 들어간 큰 값이 없는지 확인하세요.`,
  },
  "amount-missing": {
    message: () => `금액이 비어 있습니다.`,
    hint: () => `금액을 입력하거나, 쓰지 않는 행이면 행을 지우세요.`,
  },
  "date-missing": {
    message: () => `날짜가 비어 있습니다.`,
    hint: () => `날짜를 2024-05-24 형식으로 입력하세요.`,
  },
  "date-invalid": {
    message: (p) => `${josa(`'${p.value}'`, "은", "는")} 달력에 없는 날짜입니다.`,
    hint: () => `월과 일을 확인하세요(예: 2월은 28일 또는 29일까지). 날짜를 자동으로 넘기지 않습니다.`,
  },
  "not-a-date": {
    message: (p) => `${josa(`'${p.value}'`, "은", "는")} 날짜로 읽을 수 없습니다.`,
    hint: () => `날짜를 2024-05-24, 2024.05.24 또는 2024년 5월 24일처럼 입력하세요.`,
  },
  "formula-error": {
    // value NOT_CALCULATED (grid.ts): a formula saved without its result, not an Excel error.
    message: (p) =>
      p.value === NOT_CALCULATED
        ? `수식의 계산 결과가 파일에 저장되어 있지 않아 읽을 수 없습니다.`
        : `수식 오류 값 '${p.value}'이(가) 있습니다.`,
    hint: (p) =>
      p.value === NOT_CALCULATED
        ? `다른 프로그램이 만든 파일입니다. Excel에서 열어 한 번 저장하면 수식이 계산되어 저장됩니다.`
        : `수식이 가리키는 셀을 확인해 오류를 고치거나 값을 직접 입력하세요.`,
  },
  "date-outside-year": {
    message: (p) => `날짜 ${josa(p.value, "이", "가")} ${p.year}년 회계연도 밖입니다.`,
    hint: () => `연도를 확인하세요. 다른 해의 자료라면 그 해의 파일로 옮기세요.`,
  },
  "date-after-as-of": {
    message: (p) =>
      p.count > 1
        ? `${p.at} 등 ${p.count}개 행(${p.firstDate} ~ ${p.lastDate})은 기준일 ${p.asOf} 이후라 집계에서 뺐습니다.`
        : `날짜 ${josa(p.value, "이", "가")} 기준일 ${p.asOf} 이후라 집계에서 뺐습니다.`,
    hint: (p) => (p.count > 1 ? `이 행들도 넣으려면 기준일을 늦추세요.` : `이 행도 넣으려면 기준일을 늦추세요.`),
    place: (p) => (p.count > 1 ? "own" : "start"),
  },
  "name-missing": {
    message: (p) => `${josa(label(fieldLabels, p.field, "ko"), "이", "가")} 비어 있습니다.`,
    hint: () => `이름을 입력하세요. 집행내역의 사업명은 예산 시트에 있는 이름과 같아야 합니다.`,
  },
  "unknown-budget-line": {
    message: (p) =>
      `사업명 ${josa(`'${p.value}'`, "이", "가")} 예산 시트에 없습니다.` +
      (p.suggestion ? ` 가장 비슷한 이름: '${p.suggestion}'` : ""),
    hint: (p) =>
      p.suggestion ? `${josa(`'${p.suggestion}'`, "으로", "로")} 고치거나 예산 시트에 이 사업을 추가하세요.` : `예산 시트에 있는 사업명으로 고치거나 예산 시트에 이 사업을 추가하세요.`,
  },
  "duplicate-budget-line": {
    message: (p) => `사업명 ${josa(`'${p.value}'`, "이", "가")} ${p.firstCell} 셀에도 있습니다. 두 금액을 합쳐 계산했습니다.`,
    hint: () => `같은 사업이 두 번 적혔다면 한 행을 지우고, 다른 사업이면 이름을 구별되게 바꾸세요.`,
  },
  "duplicate-voucher": {
    message: (p) => `증빙번호 ${josa(`'${p.value}'`, "이", "가")} ${p.firstCell} 셀에도 있습니다.`,
    hint: () => `같은 지출을 두 번 적었는지 확인하세요. 두 번 적었다면 한 행을 지우세요.`,
  },
  "negative-amount": {
    // role: "grants" (a grant returned or cancelled) or "ledger" (a refund of spending; the default).
    message: (p) =>
      p.role === "grants"
        ? `음수 금액 ${amountText(numeric(p.value))}원(교부 반납·취소)을 교부액에서 뺐습니다.`
        : `음수 금액 ${amountText(numeric(p.value))}원(반납·환급)을 집행액에서 뺐습니다.`,
    hint: (p) =>
      p.role === "grants" ? `교부액을 반납했거나 교부가 취소된 것이 맞으면 그대로 두세요. 입력 실수라면 부호를 고치세요.` : `반납·환급이 맞으면 그대로 두세요. 입력 실수라면 부호를 고치세요.`,
  },
  "grants-exceed-budget": {
    message: (p) =>
      `교부액 합계 ${amountText(p.grants)}원이 연간 예산 ${amountText(p.budget)}원보다 많습니다.` +
      (p.cause === "budget-unit"
        ? ` 예산이 천원 단위로 적혀 있는데 단위 표시가 없는 것 같습니다(교부액이 예산의 약 ${Math.round(p.grants / Math.max(1, p.budget))}배).`
        : p.cause === "budget-quarter"
          ? ` 예산으로 읽은 열${p.budgetCell ? `(${p.budgetCell})` : ""}이 한 분기의 예산입니다.`
          : ""),
    hint: (p) =>
      p.cause === "budget-unit"
        ? `예산 시트 제목 아래나 예산액 머리글${p.budgetCell ? `(${p.budgetCell})` : ""}에 '(단위: 천원)'을 적으세요.`
        : p.cause === "budget-quarter"
          ? p.shell === "cli"
            ? `연간 예산 열(계)을 예산액으로 고르세요: --column 옵션 또는 '읽기 설정' 시트.`
            : `연간 예산 열(계)을 예산액으로 고르세요: 작업창 ${pane("reading")} 또는 '읽기 설정' 시트.`
          : `교부 시트의 금액과 날짜, 예산 시트의 예산액을 확인하세요. 분기별 예산이면 연간 합계 열(계)이 예산액으로 읽히는지 확인하세요.`,
  },
  "line-overspent": {
    message: (p) => `'${p.line}' 집행액 ${amountText(p.executed)}원이 예산 ${amountText(p.budget)}원을 넘었습니다.`,
    hint: () => `집행내역의 사업명과 금액을 확인하고, 맞다면 예산 변경을 검토하세요.`,
  },
  // --- spending beyond what there is to spend (the pane's alarms link here) ---
  "spent-over-grants": {
    message: (p) => `기준일까지 집행액 ${amountText(p.executed)}원이 교부액 ${amountText(p.grants)}원보다 ${amountText(p.executed - p.grants)}원 많습니다.`,
    hint: () => `교부내역에 빠진 교부가 없는지, 집행내역의 날짜와 금액을 확인하세요. 맞다면 회의에서 그 사유를 설명하세요.`,
  },
  "spent-over-budget": {
    message: (p) => `집행액 ${amountText(p.executed)}원이 연간 총 예산 ${amountText(p.budget)}원보다 ${amountText(p.executed - p.budget)}원 많습니다.`,
    hint: () => `예산을 넘은 세목과 예산 시트에 없는 사업명을 확인하세요. 맞다면 예산 변경을 검토하세요.`,
  },
  "total-row-skipped": {
    message: (p) =>
      p.evidence === "sum"
        ? `금액 ${amountText(numeric(p.value))}원이 ${p.range ?? "위 행들"}의 합과 같아 합계 행으로 보고 합산에서 뺐습니다.`
        : p.evidence === "formula"
          ? `수식이 ${p.range ? `${p.range}을(를)` : "같은 열을"} 더하는 합계 행이라 합산에서 뺐습니다.`
          : p.evidence === "user"
            ? `읽기 설정에서 합계 행으로 정해 합산에서 뺐습니다.`
            : `${josa(`'${p.value}'`, "이", "가")} 적힌 합계·소계 행이라 합산에서 뺐습니다.`,
    hint: (p) =>
      p.evidence === "sum" || p.evidence === "formula"
        ? p.shell === "cli"
          ? `실제 금액이면 --row ${p.sheet}.${rowOf(p.cell)}=data로 이번 실행에서 자료로 세거나, '읽기 설정' 시트에 '${p.sheet} | ${rowOf(p.cell)}행 | 자료'를 적으세요.`
          : `실제 금액이면 작업창 ${pane("reading")}에서 이 행을 자료로 바꾸거나, '읽기 설정' 시트에 '${p.sheet} | ${rowOf(p.cell)}행 | 자료'를 적으세요.`
        : `따로 할 일은 없습니다. 합계는 추가 기능이 직접 계산합니다.`,
  },
  // --- reading by evidence (issue 8) ---
  "parent-row-skipped": {
    message: (p) => `${josa(`'${p.value}'`, "은", "는")} 아래 ${p.range}의 합과 같은 상위 항목(비목) 행이라 합산에서 빼고, 아래 행들을 '${p.value}' 구분으로 셉니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `예산과목이면 --row ${p.sheet}.${rowOf(p.cell)}=data로 이번 실행에서 자료로 세거나, '읽기 설정' 시트에 '${p.sheet} | ${rowOf(p.cell)}행 | 자료'를 적으세요.`
        : `예산과목이면 작업창 ${pane("reading")}에서 이 행을 자료로 바꾸거나, '읽기 설정' 시트에 '${p.sheet} | ${rowOf(p.cell)}행 | 자료'를 적으세요.`,
  },
  "total-mismatch": {
    message: (p) => `시트의 합계 ${amountText(p.found)}원이 행들을 더한 ${amountText(p.computed)}원과 ${amountText(Math.abs(p.found - p.computed))}원 다릅니다.`,
    hint: (p) => `합계 수식에 빠지거나 두 번 더한 행이 없는지 확인하세요. 집행률은 행들을 더한 ${amountText(p.computed)}원으로 계산했습니다.`,
  },
  "budget-revision-used": {
    message: (p) => `예산 열이 여럿(${p.columns})이라 예산과목마다 값이 있는 가장 최근 열로 계산했습니다('${p.column}').`,
    hint: (p) =>
      p.shell === "cli"
        ? `다른 열을 쓰려면 --column ${p.sheet}.예산액=열 이름으로 실행하거나, '읽기 설정' 시트에 '${p.sheet} | 예산액 | 열 이름'을 적으세요.`
        : `다른 열을 쓰려면 작업창 ${pane("reading")}에서 예산액 열을 고르거나, '읽기 설정' 시트에 '${p.sheet} | 예산액 | 열 이름'을 적으세요.`,
  },
  "amount-column-chosen": {
    message: (p) => `금액이 될 수 있는 열이 여럿이라 실제 지급한 금액인 '${p.column}' 열을 금액으로 읽었습니다${p.others ? `(다른 열: ${p.others})` : ""}.`,
    hint: (p) =>
      p.shell === "cli"
        ? `다른 열을 쓰려면 --column ${p.sheet}.금액=열 이름으로 실행하거나, '읽기 설정' 시트에 '${p.sheet} | 금액 | 열 이름'을 적으세요.`
        : `다른 열을 쓰려면 작업창 ${pane("reading")}에서 금액 열을 고르거나, '읽기 설정' 시트에 '${p.sheet} | 금액 | 열 이름'을 적으세요.`,
  },
  "amount-bank-net": {
    message: () => `입금과 출금 열이 있는 통장 형식이라 집행액을 출금 − 입금으로 읽었습니다. 사업명이 있는 입금은 반환(환급)으로 집행액에서 뺐습니다.`,
    hint: () => `보조금 교부·이자처럼 지출이 아닌 입금은 사업명을 비워 두세요(집행액에 넣지 않습니다).`,
  },
  "bank-deposit-skipped": {
    message: (p) => `사업명이 없거나 교부·이자·이월 입금인 ${p.count}건(${amountText(p.sum)}원)은 지출이 아니라 집행액에 넣지 않았습니다.`,
    hint: () => `그중 지출을 돌려받은 반환(환급)이 있으면 그 행에 사업명을 적으세요.`,
  },
  "payment-status-excluded": {
    message: (p) => `상태가 반려·취소·삭제인 ${p.count}건(${amountText(p.sum)}원)은 집행되지 않은 것으로 보고 집행액에서 뺐습니다.`,
    hint: () => `상태가 맞는지 확인하세요. 상태 열이 다른 뜻이면 '읽기 설정' 시트에서 상태를 '사용 안 함'으로 두세요.`,
  },
  "payment-status-unknown": {
    message: (p) => `알 수 없는 상태(${p.values}) ${p.count}건을 집행된 것으로 보고 집행액에 넣었습니다.`,
    hint: () => `집행되지 않은 건이면 상태를 '취소'나 '반려'로, 집행된 건이면 '정상'으로 적으세요.`,
  },
  "refund-counted": {
    message: (p) =>
      `${p.evidence === "bank" ? "사업명이 있는 입금" : p.evidence === "type" ? "구분이 반납·환급인 행" : "적요가 반납·환급·환수인 행"}이라 ${amountText(p.amount)}원으로 집행액에서 뺐습니다.`,
    hint: () => `반납·환급이 아니면 구분이나 적요를 고치세요.`,
  },
  "refund-sign-unclear": {
    message: (p) => `구분은 '${p.type}'인데 적요 '${p.memo}'는 반납·환급을 말합니다. 적힌 대로 ${amountText(numeric(p.value))}원을 집행액에 넣었습니다.`,
    hint: () => `반납·환급이면 구분을 '반납'으로 바꾸거나 금액을 음수로 적고, 지출이면 적요를 고치세요.`,
  },
  "ledger-sheets-combined": {
    message: (p) => `집행내역 시트 여러 개를 모두 읽어 합했습니다: ${sheetList(p.sheets, p.rows, p.sums, "ko")}.`,
    hint: () => `한 시트가 다른 시트의 사본이면 사본을 지우거나 이름을 바꾸세요(예: '집행내역_이전').`,
  },
  "possible-double-entry": {
    message: (p) => `같은 날짜·사업명·금액의 집행이 '${p.otherSheet}' 시트 ${p.otherCell} 셀에도 있어 두 번 셌을 수 있습니다.`,
    hint: () => `한 번 집행된 것이면 한쪽 행을 지우세요. 따로 집행된 것이면 그대로 두세요.`,
  },
  "unit-scaled": {
    message: (p) => `금액 단위가 ${p.unit}이라 금액에 ${amountText(p.factor)}을 곱해 원으로 읽었습니다.`,
    hint: () => `단위가 다르면 이 셀을 고치세요(예: '(단위: 원)').`,
  },
  "date-system-1904": {
    message: () => `1904 날짜 체계를 쓰는 통합문서라 숫자로 된 날짜를 1904년 1월 1일부터 센 날로 읽었습니다.`,
    hint: () => `날짜가 4년 어긋나 보이면 Excel 옵션의 '1904 날짜 체계 사용'을 확인하세요.`,
  },
  "reading-choice-invalid": {
    message: (p) => `${p.source === "option" ? `--column/--row 옵션 '${p.value}'` : `읽기 설정 '${p.value}'`}: ${choiceReasonKo[p.reason]}`,
    hint: (p) =>
      p.shell === "cli"
        ? `옵션은 --column 시트.항목=열(문자 G나 머리글 그대로, 또는 none), --row 시트.행=total|data처럼 적으세요. 읽기 설정 시트에는 열은 문자(G)나 머리글 그대로, 행은 '12행 | 합계' 또는 '12행 | 자료'처럼 적습니다.`
        : `열은 문자(G)나 머리글 그대로, 행은 '12행 | 합계' 또는 '12행 | 자료'처럼 적으세요. 작업창 ${pane("reading")}에서 바꾸면 알맞게 적힙니다.`,
  },
  "year-undetermined": {
    message: () => `회계연도를 정하지 못해 집행률을 계산하지 않았습니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `예산 시트 이름이나 제목에 연도를 넣거나(예: '2024 예산'), 연도를 직접 지정하세요(--year 2024).`
        : `예산 시트 이름이나 제목에 연도를 넣거나(예: '2024 예산'), 작업창의 ${pane("period")}에서 회계연도를 입력하세요.`,
  },
  "year-conflict": {
    message: (p) => `시트 이름이나 제목의 연도(${p.found})가 회계연도 ${p.year}년과 다릅니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `--year·--quarter나 회의정보 시트의 보고분기가 맞는지, 올바른 파일인지 확인하세요.`
        : `작업창 ${pane("period")}의 회계연도나 회의정보 시트의 보고분기가 맞는지, 올바른 파일인지 확인하세요.`,
  },
  "as-of-after-quarter": {
    message: (p) => `기준일 ${josa(p.asOf, "이", "가")} 보고 분기(${p.quarter}분기)의 마지막 날 ${p.lastDay}보다 늦습니다. 다음 분기 집행도 포함됩니다.`,
    hint: (p) => (p.shell === "cli" ? `--quarter·--as-of나 회의정보 시트의 보고분기·기준일을 확인하세요.` : `작업창 ${pane("period")}의 보고 분기와 기준일을 확인하세요.`),
  },
  "as-of-outside-year": {
    message: (p) => `기준일 ${josa(p.asOf, "이", "가")} 회계연도 ${p.year}년 밖입니다.`,
    hint: (p) => (p.shell === "cli" ? `--as-of나 회의정보 시트의 기준일·보고분기를 확인하세요.` : `작업창 ${pane("period")}의 기준일과 회계연도를 확인하세요.`),
  },
  "option-invalid": {
    message: (p) => `설정 값 ${josa(`${p.option}='${p.value}'`, "을", "를")} 쓸 수 없어 무시했습니다.`,
    hint: () => `연도는 2024, 분기는 1~4, 기준일은 2024-05-24 형식으로 지정하세요.`,
  },
  "quarter-invalid": {
    message: (p) => `${josa(`'${p.value}'`, "은", "는")} 분기로 읽을 수 없습니다.`,
    hint: () => `2분기, Q2, 3, 4분기, 1~2분기처럼 입력하세요.`,
  },
  "status-unknown": {
    message: (p) => `${josa(`'${p.value}'`, "은", "는")} 알 수 없는 진행 상태입니다.`,
    hint: () => `완료, 진행중, 예정, 미실행, 기획중, 취소 중 하나로 입력하세요.`,
  },
  // --- filled by the meeting sheet and report planning ---
  "meeting-sheet-missing": {
    message: (p) => `회의정보 시트가 없어 회의록의 회의일시·장소·참석자·논의 사항 등을 빈칸으로 두었습니다. 찾아본 이름: ${p.names}`,
    hint: (p) =>
      p.shell === "cli"
        ? `'회의정보' 시트를 채우거나 인쇄한 회의록에 직접 적으세요. add-sheets 명령이 빈 회의정보 시트를 더한 사본을 만듭니다(입력 파일은 그대로).`
        : `'회의정보' 시트를 채우거나 인쇄한 회의록에 직접 적으세요. 작업창 '통합 문서 상태'의 ${pane("createSheets")} 단추가 빈 회의정보 시트를 더합니다.`,
  },
  "meeting-field-missing": {
    message: (p) => `'${p.sheet}' 시트에 ${josa(meetingFieldLabel(p.field, "ko"), "이", "가")} 없어 회의록에 빈칸으로 두었습니다.`,
    hint: (p) =>
      p.field === "attendees"
        ? `[참석자] 표에 '운영위원 | 이름', '참관 | 이름'을 한 행에 한 사람씩 적으세요.`
        : `A열에 '${meetingFieldLabel(p.field, "ko")}', 바로 옆 B열에 내용을 적으세요. 인쇄 후 손으로 적어도 됩니다.`,
    place: "own",
  },
  "meeting-label-unknown": {
    message: (p) => `'${p.value}'은(는) 알 수 없는 항목이라 회의록에 넣지 않았습니다.`,
    hint: () => `항목 이름을 확인하세요. 쓸 수 있는 항목: ${meetingFieldList("ko")}`,
  },
  "report-sheet-renamed": {
    message: (p) => `'${p.base}' 시트가 이미 있어 덮어쓰지 않고 '${p.name}' 시트로 만들었습니다.`,
    hint: (p) =>
      p.shell === "cli" ? `기존 시트를 새 내용으로 바꾸려면 --replace를 붙이세요.` : `기존 시트는 그대로 두었습니다. 필요 없으면 기존 시트를 지우세요.`,
  },
  "report-sheet-replaced": {
    message: (p) => `기존 '${p.name}' 시트를 새 내용으로 바꿉니다.`,
    hint: (p) => (p.shell === "cli" ? `바꾸지 않으려면 --replace를 빼세요.` : `기존 시트가 필요하면 Excel의 실행 취소나 백업에서 되살리세요.`),
    place: "own",
  },
  "report-option-overrides-meeting": {
    message: (p) => `'${p.sheet}' 시트의 ${meetingFieldLabel(p.field, "ko")} '${p.meetingValue}' 대신 지정한 값 '${p.used}'을(를) 썼습니다.`,
    hint: (p) =>
      p.shell === "cli" ? `회의정보 시트의 값을 쓰려면 --quarter·--as-of를 빼세요.` : `회의정보 시트의 값을 쓰려면 작업창 ${pane("period")}의 ${pane("resetPeriod")}를 누르세요.`,
    place: "own",
  },
  "report-no-figures": {
    message: () => `집행 수치를 계산하지 못해 회의록을 만들지 않았습니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `오류를 먼저 고치세요. 연도를 직접 지정할 수도 있습니다(--year 2024).`
        : `오류를 먼저 고치세요. 작업창 ${pane("period")}에서 회계연도를 입력할 수도 있습니다.`,
  },
  // --- the minutes' section 2: last meeting's follow-up ---
  "minutes-carried": {
    message: (p) => {
      const from = (source: string) => (source === "minutes" ? `${p.quarter}분기 회의록('${p.minutesSheet}')` : `'${p.meetingSheet}' 시트`);
      const plans = `${p.plansFrom === "meeting" ? "[전차 추진 계획] " : ""}${p.plans}개 사업`;
      const decisions = `결정사항 ${p.decisions}건`;
      const parts =
        p.plansFrom !== "none" && p.plansFrom === p.decisionsFrom
          ? [`${from(p.plansFrom)}에서 ${plans}, ${decisions}`]
          : [...(p.plansFrom !== "none" ? [`${from(p.plansFrom)}에서 ${plans}`] : []), ...(p.decisionsFrom !== "none" ? [`${from(p.decisionsFrom)}에서 ${decisions}`] : [])];
      const none = p.plansFrom === "none" ? " 추진 사업은 해당 없음입니다." : p.decisionsFrom === "none" ? " 결정사항은 해당 없음입니다." : "";
      return `2. 전차 회의록 보고: ${parts.join(", ")}을 가져왔습니다.${none}`;
    },
    hint: (p) =>
      p.shell === "cli"
        ? `진행 상황을 고치려면 carry 명령으로 회의정보 시트의 [전차 추진 계획]·[전차 결정사항]에 옮긴 뒤 고치세요. 그 표가 전차 회의록보다 먼저입니다.`
        : `진행 상황을 고치려면 작업창의 ${pane("carry")}로 회의정보 시트의 [전차 추진 계획]·[전차 결정사항]에 옮긴 뒤 고치세요. 그 표가 전차 회의록보다 먼저입니다.`,
    place: "own",
  },
  "minutes-previous-missing": {
    message: (p) =>
      `전차(${p.quarter}) 회의록 시트 ${josa(`'${p.name}'`, "이", "가")} 없어 2. 전차 회의록 보고의 ${p.parts === "both" ? "추진 사업과 결정사항" : p.parts === "plans" ? "추진 사업" : "결정사항"}을 '해당 없음'으로 두었습니다.`,
    hint: (p) =>
      `지난 분기 회의록 시트의 이름을 '${p.name}'(으)로 하거나, 회의정보 시트의 [전차 추진 계획]·[전차 결정사항] 표에 적으세요.${p.lookalikes ? ` 회의록으로 보이는 시트: ${p.lookalikes}` : ""}`,
    place: "own",
  },
  "minutes-previous-several": {
    message: (p) => `전차 회의록으로 '${p.sheet}' 시트를 읽었습니다. 같은 분기 회의록 ${p.others} 시트는 읽지 않았습니다.`,
    hint: () => `다른 시트를 쓰려면 쓰지 않을 시트의 이름을 바꾸거나, 회의정보 시트의 [전차 추진 계획]·[전차 결정사항] 표에 적으세요.`,
    place: "own",
  },
  "minutes-previous-unreadable": {
    message: (p) => `'${p.sheet}' 시트에서 '향후 추진 예정 사업' 제목을 찾지 못해 전차 추진 계획을 '해당 없음'으로 두었습니다.`,
    hint: () => `'4. … 향후 추진 예정 사업' 제목 줄과 그 아래 '- 사업' 줄을 확인하거나, 회의정보 시트의 [전차 추진 계획] 표에 적으세요.`,
    place: "own",
  },
  "minutes-table-other-quarter": {
    message: (p) => `'${p.sheet}' 시트의 [전차 추진 계획]·[전차 결정사항]은 ${p.meetingQuarter} 것이라 ${p.used} 회의록에는 쓰지 않았습니다.`,
    hint: () => `이 분기에 쓰려면 회의정보 시트의 보고분기를 바꾸세요.`,
    place: "own",
  },
  "minutes-plan-not-found": {
    message: (p) => `전차 추진 계획의 사업 ${p.count}개가 사업현황 시트에 없어 진행 상황을 '미실행'으로 적었습니다: ${p.names}`,
    hint: () => `사업현황 시트에 같은 이름으로 적거나, 회의정보 시트의 [전차 추진 계획] 진행상황 열에 직접 적으세요.`,
  },
  "minutes-decision-no-progress": {
    message: (p) => `전차 결정사항 ${p.count}건의 진행 상황이 비어 있어 회의록에 결정사항만 적었습니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `carry 명령으로 회의정보 시트의 [전차 결정사항]에 옮긴 뒤 진행상황 열을 채우세요.`
        : `작업창의 ${pane("carry")}로 회의정보 시트의 [전차 결정사항]에 옮긴 뒤 진행상황 열을 채우세요.`,
  },
  // --- host errors and fixes (Office.js / file hosts, mechanical fixes) ---
  "host-cell-edit-mode": {
    message: () => `Excel에서 셀을 편집하는 중이라 작업하지 못했습니다.`,
    hint: () => `Enter 키나 Esc 키로 셀 편집을 끝낸 뒤 다시 누르세요.`,
  },
  "host-sheet-changed": {
    message: () => `작업하는 동안 시트 이름이 바뀌었거나 시트가 삭제되어(또는 셀이 수식으로 바뀌어) 멈췄습니다. 바뀐 내용은 없습니다.`,
    hint: (p) => (p.shell === "cli" ? `다시 실행하세요.` : `작업창의 ${pane("recheck")}를 누른 뒤 한 번 더 실행하세요.`),
  },
  "host-payload-too-large": {
    message: () => `한 번에 주고받을 데이터가 Excel의 한도(5MB)를 넘었습니다.`,
    hint: () => `쓰지 않는 시트의 빈 행·열에 남은 서식이나 값을 지우고 다시 시도하세요. 계속되면 데스크톱 Excel에서 실행하세요.`,
  },
  "host-sheet-protected": {
    message: () => `보호된 시트라 고칠 수 없었습니다. 바뀐 내용은 없습니다.`,
    hint: () => `[검토] > [시트 보호 해제] 후 다시 시도하세요.`,
  },
  "host-name-conflict": {
    message: () => `같은 이름의 시트가 이미 있어 새 시트를 만들지 않았습니다. 기존 시트는 그대로입니다.`,
    hint: () => `기존 시트의 이름을 바꾸거나 다시 실행하세요(새 이름을 고릅니다).`,
  },
  "host-unreadable": {
    // unreadable: the kind the xlsx host tells (HostError.unreadable); the hint then says why.
    message: () => `통합 문서를 읽지 못했습니다.`,
    hint: (p) => {
      switch (p.unreadable) {
        case "empty":
          return `빈 파일(0바이트)입니다. 파일을 다시 저장하거나 내려받으세요.`;
        case "ole":
          return `암호가 걸린 통합문서이거나 Excel 97-2003(.xls) 형식입니다. Excel에서 암호를 풀고 .xlsx로 저장하세요.`;
        case "not-zip":
          return `.xlsx 형식이 아닙니다. .csv 등 다른 파일이면 Excel에서 열어 .xlsx로 저장하세요.`;
        case "zip-not-workbook":
          return `압축 파일이지만 Excel 통합문서가 아닙니다(.docx·.ods 등의 이름만 바꾼 파일일 수 있습니다).`;
        case "corrupt":
          return `파일이 손상되었거나 끝까지 받아지지 않았습니다. 다시 내려받거나 Excel에서 열어 저장하세요.`;
        default:
          return `파일이 .xlsx 형식인지, 암호가 걸려 있지 않은지 확인하세요.`;
      }
    },
  },
  "host-unknown": {
    message: (p) => `Excel 작업 중 예상하지 못한 오류가 났습니다. 만들다 만 시트는 지웠습니다. (${p.detail})`,
    hint: () => `다시 시도하세요. 계속되면 이 메시지를 담당자에게 알려 주세요.`,
  },
  "fix-amount-text": {
    message: (p) => `글자로 저장된 금액 '${p.value}'을(를) 숫자 ${p.after}(으)로 바꿉니다.`,
    hint: (p) => (p.shell === "cli" ? `그대로 두어도 금액으로 읽습니다. 셀을 직접 숫자로 고쳐도 됩니다.` : `바꾼 뒤에도 작업창의 ${pane("undo")}로 원래 값을 되돌릴 수 있습니다.`),
  },
  "fix-date-text": {
    message: (p) => `글자로 저장된 날짜 '${p.value}'을(를) 날짜 ${p.after}(으)로 바꿉니다.`,
    hint: (p) =>
      p.shell === "cli" ? `그대로 두어도 날짜로 읽습니다. 셀을 직접 날짜로 고쳐도 됩니다.` : `바꾼 셀은 yyyy-mm-dd 날짜 서식이 됩니다. 작업창의 ${pane("undo")}로 원래 값을 되돌릴 수 있습니다.`,
  },
  "fix-full-width": {
    message: (p) => `전각 문자 '${p.value}'을(를) 반각 '${p.after}'(으)로 바꿉니다.`,
    hint: () => `한글 입력기의 전각 모드에서 입력된 숫자·기호입니다.`,
  },
  "fix-spaces": {
    message: (p) => `'${p.value}'의 앞뒤·겹친 공백을 정리해 '${p.after}'(으)로 바꿉니다.`,
    hint: () => `이름이 같아야 예산과목과 집행내역이 맞춰집니다.`,
  },
};
