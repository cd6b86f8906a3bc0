// The CLI's usage text, on its own (no imports) so that `help` loads nothing else (scripts/cli.cjs).

export const USAGE = `사용법: npm run cli -- <명령> <파일> [옵션]

명령:
  validate <통합문서.xlsx> [--year 2024] [--json]
      시트를 찾아 읽고 잘못된 셀을 주소와 함께 알려 줍니다.
  figures <통합문서.xlsx> --quarter 2024Q2 [--as-of 2024-05-24] [--year 2024] [--decimals 1] [--json]
      총 예산, 교부액, 집행액과 집행률을 계산합니다.
  report <통합문서.xlsx> --quarter 2024Q2 [--as-of 2024-05-24] [--out 보고서.xlsx] [--force] [--replace] [--json]
      회의록과 집행현황 시트를 더한 새 통합문서를 만듭니다. 입력 파일은 바꾸지 않습니다.
  template <새파일.xlsx> [--year 2024] [--force]
      이 형식의 빈 통합문서(안내 시트 포함)를 만듭니다.
  add-sheets <통합문서.xlsx> [--out 새파일.xlsx] [--force] [--json]
      빠진 시트(회의정보, 사업현황 등)를 서식대로 더한 사본을 만듭니다. 입력 파일은 바꾸지 않습니다.
  carry <통합문서.xlsx> [--quarter 2024Q2] [--out 새파일.xlsx] [--force] [--json]
      전차 회의록 시트의 향후 추진 예정 사업과 결정사항을 회의정보 시트의 [전차 추진 계획]·[전차 결정사항]에
      옮긴 새 통합문서를 만듭니다. 진행상황을 고친 뒤 report를 실행하세요. 이미 적힌 행은 그대로 둡니다.

옵션:
  --quarter   보고 분기: 2024Q2, 2024-Q2, "2024년 2분기" (1분기부터 누적)
  --as-of     기준일(이 날까지 집행된 금액만 셉니다): 2024-05-24
  --year      회계연도 (없으면 예산 시트 이름·제목이나 집행일자로 정합니다)
  --decimals  집행률 소수 자릿수: 0(기본) 또는 1
  --out       보고서 파일 (기본: 입력 파일 옆 <이름>-보고서-<연도>-<분기>분기.xlsx;
              add-sheets는 <이름>-시트추가.xlsx, carry는 <이름>-전차-<연도>-<분기>분기.xlsx)
  --force     이미 있는 출력 파일을 덮어씁니다
  --replace   같은 이름의 회의록·집행현황 시트가 있으면 새 이름 대신 바꿔 씁니다
  --column    이번 실행에서 쓸 열: 시트.항목=열 (예: 집행내역.금액=G, "집행내역.amount=합계"; 여러 번 쓸 수 있음)
  --row       이번 실행에서 합계로 뺄 행이나 자료로 셀 행: 시트.행=total|data (예: 예산.12=total)
              (통합 문서의 '읽기 설정' 시트에 적힌 선택보다 우선합니다)
  --json      결과를 JSON 객체 하나로 출력합니다 (종료 코드 2일 때도 {"ok": false, "error": …})

종료 코드: 0 오류 없음, 1 검사 오류 있음, 2 사용법 오류나 읽을 수 없는 파일`;
