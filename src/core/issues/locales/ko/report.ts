// The Korean catalog, part: the meeting sheet, report planning and the minutes' section 2.
import { meetingFieldLabel, meetingFieldList } from "../../../meeting/layout";
import type { Catalog } from "../../catalog";
import { josa, paneName } from "../../words";

export const reportKo = {
  // --- filled by the meeting sheet and report planning ---
  "meeting-sheet-missing": {
    message: (p) => `회의정보 시트가 없어 회의록의 회의일시·장소·참석자·논의 사항 등을 빈칸으로 두었습니다. 찾아본 이름: ${p.names}`,
    hint: (p) =>
      p.shell === "cli"
        ? `'회의정보' 시트를 채우거나 인쇄한 회의록에 직접 적으세요. add-sheets 명령이 빈 회의정보 시트를 더한 사본을 만듭니다(입력 파일은 그대로).`
        : `'회의정보' 시트를 채우거나 인쇄한 회의록에 직접 적으세요. 작업창 '통합 문서 상태'의 ${paneName("createSheets", "ko")} 단추가 빈 회의정보 시트를 더합니다.`,
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
      p.shell === "cli" ? `회의정보 시트의 값을 쓰려면 --quarter·--as-of를 빼세요.` : `회의정보 시트의 값을 쓰려면 작업창 ${paneName("period", "ko")}의 ${paneName("resetPeriod", "ko")}를 누르세요.`,
    place: "own",
  },
  "meeting-other-quarter": {
    message: (p) =>
      `'${p.sheet}' 시트는 ${p.meetingQuarter} 회의의 정보라 ${p.used} 회의록에 ${p.fields}을(를) 옮기지 않았습니다. 회의록에서 그 칸은 기본값이나 빈칸입니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `회의정보 시트의 값을 쓰려면 --quarter를 빼세요. 이 분기의 회의록이 맞다면 회의정보 시트의 보고분기와 내용을 이 분기 회의로 고치세요.`
        : `회의정보 시트의 분기로 만들려면 작업창 ${paneName("period", "ko")}의 ${paneName("resetPeriod", "ko")}를 누르세요. 이 분기의 회의록이 맞다면 회의정보 시트의 보고분기와 내용을 이 분기 회의로 고치세요.`,
    place: "own",
  },
  "report-no-figures": {
    message: () => `집행 수치를 계산하지 못해 회의록을 만들지 않았습니다.`,
    hint: (p) =>
      p.shell === "cli"
        ? `오류를 먼저 고치세요. 연도를 직접 지정할 수도 있습니다(--year 2024).`
        : `오류를 먼저 고치세요. 작업창 ${paneName("period", "ko")}에서 회계연도를 입력할 수도 있습니다.`,
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
        : `진행 상황을 고치려면 작업창의 ${paneName("carry", "ko")}로 회의정보 시트의 [전차 추진 계획]·[전차 결정사항]에 옮긴 뒤 고치세요. 그 표가 전차 회의록보다 먼저입니다.`,
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
        : `작업창의 ${paneName("carry", "ko")}로 회의정보 시트의 [전차 결정사항]에 옮긴 뒤 진행상황 열을 채우세요.`,
  },
} satisfies Partial<Catalog>;
