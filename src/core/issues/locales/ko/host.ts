// The Korean catalog, part: host errors (Office.js, the file host) and mechanical fixes.
import type { Catalog } from "../../catalog";
import { paneName } from "../../words";

export const hostKo = {
  // --- host errors and fixes (Office.js / file hosts, mechanical fixes) ---
  "host-cell-edit-mode": {
    message: () => `Excel에서 셀을 편집하는 중이라 작업하지 못했습니다.`,
    hint: () => `Enter 키나 Esc 키로 셀 편집을 끝낸 뒤 다시 누르세요.`,
  },
  "host-sheet-changed": {
    message: () => `작업하는 동안 시트 이름이 바뀌었거나 시트가 삭제되어(또는 셀이 수식으로 바뀌어) 멈췄습니다. 바뀐 내용은 없습니다.`,
    hint: (p) => (p.shell === "cli" ? `다시 실행하세요.` : `작업창의 ${paneName("recheck", "ko")}를 누른 뒤 한 번 더 실행하세요.`),
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
    hint: (p) => (p.shell === "cli" ? `그대로 두어도 금액으로 읽습니다. 셀을 직접 숫자로 고쳐도 됩니다.` : `바꾼 뒤에도 작업창의 ${paneName("undo", "ko")}로 원래 값을 되돌릴 수 있습니다.`),
  },
  "fix-date-text": {
    message: (p) => `글자로 저장된 날짜 '${p.value}'을(를) 날짜 ${p.after}(으)로 바꿉니다.`,
    hint: (p) =>
      p.shell === "cli" ? `그대로 두어도 날짜로 읽습니다. 셀을 직접 날짜로 고쳐도 됩니다.` : `바꾼 셀은 yyyy-mm-dd 날짜 서식이 됩니다. 작업창의 ${paneName("undo", "ko")}로 원래 값을 되돌릴 수 있습니다.`,
  },
  "fix-full-width": {
    message: (p) => `전각 문자 '${p.value}'을(를) 반각 '${p.after}'(으)로 바꿉니다.`,
    hint: () => `한글 입력기의 전각 모드에서 입력된 숫자·기호입니다.`,
  },
  "fix-spaces": {
    message: (p) => `'${p.value}'의 앞뒤·겹친 공백을 정리해 '${p.after}'(으)로 바꿉니다.`,
    hint: () => `이름이 같아야 예산과목과 집행내역이 맞춰집니다.`,
  },
} satisfies Partial<Catalog>;
