// The Korean catalog, part: the workbook core: sheets, headers, cells, cross-sheet checks, spending beyond what there is.
import { NOT_CALCULATED } from "../../../grid";
import type { Catalog } from "../../catalog";
import { amountText, fieldLabels, headerExample, josa, label, numeric, paneName, roleLabels, rowOf } from "../../words";

export const workbookKo = {
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
        ? `이 행 등 ${p.count}개 행(${p.firstDate} ~ ${p.lastDate})은 기준일 ${p.asOf} 이후라 집계에서 뺐습니다.`
        : `날짜 ${josa(p.value, "이", "가")} 기준일 ${p.asOf} 이후라 집계에서 뺐습니다.`,
    hint: (p) => (p.count > 1 ? `이 행들도 넣으려면 기준일을 늦추세요.` : `이 행도 넣으려면 기준일을 늦추세요.`),
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
            : `연간 예산 열(계)을 예산액으로 고르세요: 작업창 ${paneName("reading", "ko")} 또는 '읽기 설정' 시트.`
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
          : `실제 금액이면 작업창 ${paneName("reading", "ko")}에서 이 행을 자료로 바꾸거나, '읽기 설정' 시트에 '${p.sheet} | ${rowOf(p.cell)}행 | 자료'를 적으세요.`
        : `따로 할 일은 없습니다. 합계는 추가 기능이 직접 계산합니다.`,
  },
} satisfies Partial<Catalog>;
