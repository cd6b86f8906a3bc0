// The Korean catalog, part: reading by evidence: totals, parents, revisions, amount columns, statuses, refunds, units, settings.
import type { Catalog } from "../../catalog";
import { amountText, josa, numeric, paneName, rowOf, sheetList } from "../../words";

const choiceReasonKo: Record<string, string> = {
  sheet: "이런 이름의 데이터 시트를 읽지 않았습니다.",
  field: "항목을 알 수 없습니다(예: 금액, 일자, 사업명, 적요, 상태, 12행).",
  column: "그런 열이 머리글에 없습니다.",
  row: "그 행이 표 안에 없습니다.",
  choice: "선택을 알 수 없습니다.",
  required: "꼭 필요한 열이라 '사용 안 함'으로 둘 수 없습니다.",
  entry: "시트 | 항목 | 선택 머리글 행이 없습니다.",
};

export const readingKo = {
  // --- reading by evidence (issue 8) ---
  "parent-row-skipped": {
    message: (p) => `${josa(`'${p.value}'`, "은", "는")} 아래 ${p.range}의 합과 같은 상위 항목(비목) 행이라 합산에서 빼고, 아래 행들을 '${p.value}' 구분으로 셉니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `예산과목이면 --row ${p.sheet}.${rowOf(p.cell)}=data로 이번 실행에서 자료로 세거나, '읽기 설정' 시트에 '${p.sheet} | ${rowOf(p.cell)}행 | 자료'를 적으세요.`
        : `예산과목이면 작업창 ${paneName("reading", "ko")}에서 이 행을 자료로 바꾸거나, '읽기 설정' 시트에 '${p.sheet} | ${rowOf(p.cell)}행 | 자료'를 적으세요.`,
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
        : `다른 열을 쓰려면 작업창 ${paneName("reading", "ko")}에서 예산액 열을 고르거나, '읽기 설정' 시트에 '${p.sheet} | 예산액 | 열 이름'을 적으세요.`,
  },
  "amount-column-chosen": {
    message: (p) => `금액이 될 수 있는 열이 여럿이라 실제 지급한 금액인 '${p.column}' 열을 금액으로 읽었습니다${p.others ? `(다른 열: ${p.others})` : ""}.`,
    hint: (p) =>
      p.shell === "cli"
        ? `다른 열을 쓰려면 --column ${p.sheet}.금액=열 이름으로 실행하거나, '읽기 설정' 시트에 '${p.sheet} | 금액 | 열 이름'을 적으세요.`
        : `다른 열을 쓰려면 작업창 ${paneName("reading", "ko")}에서 금액 열을 고르거나, '읽기 설정' 시트에 '${p.sheet} | 금액 | 열 이름'을 적으세요.`,
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
        : `열은 문자(G)나 머리글 그대로, 행은 '12행 | 합계' 또는 '12행 | 자료'처럼 적으세요. 작업창 ${paneName("reading", "ko")}에서 바꾸면 알맞게 적힙니다.`,
  },
  "year-undetermined": {
    message: () => `회계연도를 정하지 못해 집행률을 계산하지 않았습니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `예산 시트 이름이나 제목에 연도를 넣거나(예: '2024 예산'), 연도를 직접 지정하세요(--year 2024).`
        : `예산 시트 이름이나 제목에 연도를 넣거나(예: '2024 예산'), 작업창의 ${paneName("period", "ko")}에서 회계연도를 입력하세요.`,
  },
  "year-conflict": {
    message: (p) => `시트 이름이나 제목의 연도(${p.found})가 회계연도 ${p.year}년과 다릅니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `--year·--quarter나 회의정보 시트의 보고분기가 맞는지, 올바른 파일인지 확인하세요.`
        : `작업창 ${paneName("period", "ko")}의 회계연도나 회의정보 시트의 보고분기가 맞는지, 올바른 파일인지 확인하세요.`,
  },
  "as-of-after-quarter": {
    message: (p) => `기준일 ${josa(p.asOf, "이", "가")} 보고 분기(${p.quarter}분기)의 마지막 날 ${p.lastDay}보다 늦습니다. 다음 분기 집행도 포함됩니다.`,
    hint: (p) => (p.shell === "cli" ? `--quarter·--as-of나 회의정보 시트의 보고분기·기준일을 확인하세요.` : `작업창 ${paneName("period", "ko")}의 보고 분기와 기준일을 확인하세요.`),
  },
  "as-of-outside-year": {
    message: (p) => `기준일 ${josa(p.asOf, "이", "가")} 회계연도 ${p.year}년 밖입니다.`,
    hint: (p) => (p.shell === "cli" ? `--as-of나 회의정보 시트의 기준일·보고분기를 확인하세요.` : `작업창 ${paneName("period", "ko")}의 기준일과 회계연도를 확인하세요.`),
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
} satisfies Partial<Catalog>;
