// The center's 2024 data sheets behind the seed's Q2 minutes, kept the way an accountant keeps
// them: a title row above the headers, Korean headers, an extra column or two, a 합계 row.
// Reproduces the seed: budget 192,500,000원, grants 96,250,000원 in Q1–Q2, ledger 66,460,585원
// up to and including 2024-05-24 (entries after that date exist and must not count as of 5/24).
// Deterministic: the ledger's routine entries come from a fixed-seed generator; test/hosts/xlsx
// asserts every sum independently of the core.

import type { CellValue, DateCell, SheetGrid } from "../core/grid";

/** An Excel date cell (1900 system serial) from "YYYY-MM-DD". */
export function dateCell(iso: string): DateCell {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return { kind: "date", serial: Date.UTC(y, m - 1, d) / 86_400_000 + 25_569 };
}

export const SAMPLE_YEAR = 2024;
export const SAMPLE_CENTER = "용산구사회적경제 통합지원센터";
/** The seed's figures; the sample must reproduce them exactly. */
export const SAMPLE_TOTALS = {
  budget: 192_500_000,
  grantsQ1Q2: 96_250_000,
  executedAsOf: 66_460_585,
  asOf: "2024-05-24",
} as const;

// ---------------------------------------------------------------------------------------------
// 예산: [구분, 사업명, 예산액, 산출근거]
const budgetLines: readonly (readonly [string, string, number, string])[] = [
  ["전략수립 및 조사", "사회적경제 기업 운영현황 조사", 6_000_000, "기업 방문조사, DB구축"],
  ["전략수립 및 조사", "공공구매 예산분석 및 컨설팅", 9_000_000, "예산분석 용역, 교육, 간담회"],
  ["주체발굴 및 성장지원", "찾아가는 기업 교육 및 컨설팅", 12_000_000, "교육 강사료, 맞춤형 컨설팅"],
  ["주체발굴 및 성장지원", "사회적경제 장터 운영", 10_000_000, "꽃장·피우장, 봄마실 장터"],
  ["주체발굴 및 성장지원", "사회적경제 창업 아카데미", 8_000_000, "강사료, 교재, 홍보"],
  ["주체발굴 및 성장지원", "소상공인 온라인 홍보마케팅", 6_000_000, "마케팅 용역"],
  ["주체발굴 및 성장지원", "공동판매장 활성화", 7_000_000, "생협 공동판매장 특별전"],
  ["거버넌스 구축", "운영위원회 운영", 3_000_000, "분기 1회, 참석수당"],
  ["거버넌스 구축", "의제별 네트워크 운영", 5_000_000, "여성 리더 간담회, 협약식"],
  ["거버넌스 구축", "민관 협력 간담회", 2_000_000, ""],
  ["의제발굴 및 기획사업", "기후정의 학교 및 캠페인", 8_000_000, "3, 4분기 운영"],
  ["의제발굴 및 기획사업", "의제별 협업지원 사업", 15_000_000, "협업지원 시범사업"],
  ["의제발굴 및 기획사업", "사회적경제 ESG 페스타", 10_000_000, "청년 축제 공동 운영"],
  ["기타", "센터 사업 홍보", 9_500_000, "홍보영상, 홈페이지, 뉴스레터"],
  ["기타", "ESG 아카데미 협력", 3_000_000, "숙명여대 ESG 아카데미"],
  ["운영", "인건비", 62_000_000, "상근 2명 급여, 4대보험"],
  ["운영", "운영비", 17_000_000, "관리비, 통신비, 사무용품, 회의비"],
];

// ---------------------------------------------------------------------------------------------
// 교부내역: [교부일자, 교부액, 비고]
const grants: readonly (readonly [string, number, string])[] = [
  ["2024-01-19", 48_125_000, "1분기 교부 (보조금 1차)"],
  ["2024-04-12", 48_125_000, "2분기 교부 (보조금 2차)"],
];

// ---------------------------------------------------------------------------------------------
// 사업현황: [구분, 사업명, 계획분기, 실행일자, 상태, 비고]
// A program's section follows from its date, status and planned quarters only: dated (or 완료,
// 진행중) up to the as-of date → "n분기 추진 사업" (sections 3-2, 3-3); 예정 → "향후 추진 예정 사업"
// (section 4). A 비고 is shown beside the program wherever it stands (the ESG row). The seed's
// section 2 (what the 1분기 meeting planned, with its progress) is not made of these rows: it is
// the meeting sheet's [전차 추진 계획] table (sample-meeting.ts).
type ProgramRow = readonly [string, string, string, string | null, string, string];
const programs: readonly ProgramRow[] = [
  // 3-2. 1분기 추진 사업
  ["주체발굴 및 성장지원", "찾아가는 사회적경제 교육 - 용산용문시장협동조합", "1분기", "2024-02-21", "완료", ""],
  ["전략수립 및 조사", "2024 용산구 공공구매 예산분석 교육", "1분기", "2024-02-15", "완료", ""],
  ["거버넌스 구축", "2024년 1회 입주기업 간담회", "1분기", "2024-01-30", "완료", ""],
  ["거버넌스 구축", "서울시 중부·남부기술교육원 업무협약식", "1분기", "2024-03-07", "완료", ""],
  ["전략수립 및 조사", "사회적경제 기업 운영 현황 조사 - 신규 기업 방문", "1분기", "2024-02-28", "완료", ""],
  ["전략수립 및 조사", "2024년 용산구 공공구매 예산분석 컨설팅", "1분기", "2024-03-12", "완료", ""],
  ["전략수립 및 조사", "2024 공공구매 예산분석 참여기업 간담회 운영", "1분기", "2024-03-26", "완료", ""],
  ["주체발굴 및 성장지원", "찾아가는 맞춤형 기업 컨설팅 - 올바른네트웍스(주)", "1분기", "2024-03-14", "완료", ""],
  ["주체발굴 및 성장지원", "찾아가는 맞춤형 기업 컨설팅 - 디아앤큐", "1분기", "2024-03-20", "완료", ""],
  ["전략수립 및 조사", "관내 사회적경제 기업 운영현황 조사 (DB구축)", "1분기", "2024-03-29", "완료", ""],
  ["주체발굴 및 성장지원", "2024 용산구 사회적경제 창업 아카데미", "1분기", "2024-03-19", "완료", ""],
  ["주체발굴 및 성장지원", "소상공인온라인홍보마케팅 사업", "1분기", "2024-03-27", "완료", ""],
  // 3-3. 2분기 추진 사업
  ["주체발굴 및 성장지원", "찾아가는 사회적경제 교육 - 고래이야기 사회적협동조합, 디아앤큐(주)", "2분기", "2024-04-17", "완료", ""],
  ["주체발굴 및 성장지원", "꽃장, 피우장", "2분기", "2024-04-27", "완료", ""],
  ["주체발굴 및 성장지원", "2024 더마실 장터-봄마실 장터", "2분기", "2024-05-18", "완료", ""],
  ["전략수립 및 조사", "2024 용산구 공무원 대상 공공구매 교육", "2분기", "2024-05-09", "완료", ""],
  ["기타", "사회적경제 홍보영상 제작 중(3건)", "2분기", null, "진행중", ""],
  ["거버넌스 구축", "2024 용산구 사회적경제 여성 리더십 네트워크", "2분기", "2024-05-14", "완료", ""],
  ["거버넌스 구축", "2024 용산구 사회적경제 윤리경영 실천 협약식", "2분기", "2024-05-22", "완료", ""],
  ["의제발굴 및 기획사업", "2024 용산구 사회적경제 협업지원 시범사업 재공고중", "2분기", null, "진행중", ""],
  ["주체발굴 및 성장지원", "강남구 사회적경제 SESTA 참여 지원", "2분기", "2024-05-23", "완료", ""],
  ["기타", "센터 사업 홍보 - 홈페이지 운영", "2분기", null, "진행중", ""],
  ["기타", "센터 사업 홍보 - 뉴스레터 제작 및 발송", "2분기", null, "진행중", ""],
  // 4. 향후 추진 예정 사업
  ["주체발굴 및 성장지원", "용산 사회적경제 공동 판매장 활성화-생협과 함께하는 공동판매장 특별전", "2, 3분기", null, "예정", ""],
  ["의제발굴 및 기획사업", "2024 용산구 사회적경제 ESG 페스터", "3분기", null, "예정", "용산구 청년 축제 시 공동 운영"],
  ["기타", "2024 용산구 사회적경제 홍보 영상(숏폼) 제작", "3분기", null, "예정", ""],
  ["의제발굴 및 기획사업", "2024 용산구 사회적경제 의제별 협업지원 사업", "3분기", null, "예정", ""],
];

// ---------------------------------------------------------------------------------------------
// 집행내역. Entries are [집행일자, 사업명, 적요, 거래처, 금액, 결제방법].
type Entry = readonly [string, string, string, string, number, string];

/** mulberry32: a tiny deterministic PRNG, so the sample is the same on every run and machine. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const iso = (m: number, d: number) => `2024-${pad2(m)}-${pad2(d)}`;

/** Routine monthly entries (payroll, insurance, running costs) for months 1..6. */
function routineEntries(rand: () => number): Entry[] {
  const out: Entry[] = [];
  const payday: Record<number, number> = { 1: 25, 2: 23, 3: 25, 4: 25, 5: 24, 6: 25 };
  const between = (lo: number, hi: number, step: number) => Math.round((lo + rand() * (hi - lo)) / step) * step;
  for (let m = 1; m <= 6; m++) {
    const pd = payday[m]!;
    out.push([iso(m, pd), "인건비", `${m}월 급여 - 사무국장`, "직원 급여계좌", 2_450_000, "계좌이체"]);
    out.push([iso(m, pd), "인건비", `${m}월 급여 - 코디네이터`, "직원 급여계좌", 2_150_000, "계좌이체"]);
    out.push([iso(m, 10), "인건비", `${m}월 국민연금 기관부담금`, "국민연금공단", 207_000, "자동이체"]);
    out.push([iso(m, 10), "인건비", `${m}월 건강보험 기관부담금`, "국민건강보험공단", 163_070 + m * 10, "자동이체"]);
    out.push([iso(m, 10), "인건비", `${m}월 고용보험 기관부담금`, "근로복지공단", 52_440, "자동이체"]);
    out.push([iso(m, 10), "인건비", `${m}월 산재보험료`, "근로복지공단", 29_900, "자동이체"]);
    out.push([iso(m, 5), "운영비", `${m}월 사무실 관리비`, "용산구시설관리공단", 452_300 + m * 1_170, "계좌이체"]);
    out.push([iso(m, 12), "운영비", `${m}월 인터넷·전화 요금`, "(주)케이티", between(64_000, 69_000, 10), "자동이체"]);
    out.push([iso(m, 15), "운영비", `${m}월 복합기 임차료`, "신도리코 용산대리점", 110_000, "계좌이체"]);
    out.push([iso(m, 16), "운영비", `${m}월 회계·세무 자문료`, "한빛세무회계", 330_000, "계좌이체"]);
    // Small purchases on the corporate card: a handful a month.
    const n = 6 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const day = 2 + Math.floor(rand() * 26);
      const kind = Math.floor(rand() * 4);
      const [desc, payee] = (
        [
          ["사무용품 구입", "오피스디포 용산점"],
          ["회의 다과 구입", "파리바게뜨 용산구청점"],
          ["우편 발송", "용산우체국"],
          ["소모품 구입", "다이소 용산점"],
        ] as const
      )[kind]!;
      out.push([iso(m, day), "운영비", desc, payee, between(5_000, 60_000, 10), "법인카드"]);
    }
  }
  return out;
}

/** Program spending: what the seed says was carried out, with the costs such events have. */
function programEntries(rand: () => number): Entry[] {
  const out: Entry[] = [];
  const card = (date: string, line: string, desc: string, payee: string, lo: number, hi: number) =>
    out.push([date, line, desc, payee, Math.round((lo + rand() * (hi - lo)) / 10) * 10, "법인카드"]);
  const fee = (date: string, line: string, desc: string, payee: string, amount: number) =>
    out.push([date, line, desc, payee, amount, "계좌이체"]);

  // 전략수립 및 조사
  const survey = "사회적경제 기업 운영현황 조사";
  for (let i = 0; i < 12; i++) {
    const d = iso(2, 5 + i * 2);
    fee(d, survey, `신규 기업 방문조사 조사원 활동비 (${i + 1}회)`, "조사원 개인", 120_000);
    card(d, survey, "방문조사 교통비", "티머니", 4_000, 18_000);
  }
  fee("2024-03-29", survey, "관내 사회적경제 기업 운영현황 DB구축 용역", "(주)데이터온", 3_300_000);
  card("2024-02-29", survey, "조사 결과 보고서 인쇄", "용산인쇄", 140_000, 190_000);

  const pp = "공공구매 예산분석 및 컨설팅";
  fee("2024-02-15", pp, "공공구매 예산분석 교육 강사료", "강사 개인", 400_000);
  card("2024-02-15", pp, "공공구매 교육 다과", "파리바게뜨 용산구청점", 60_000, 90_000);
  fee("2024-03-12", pp, "2024 용산구 공공구매 예산분석 컨설팅 용역 (선금)", "사회적협동조합 공공나눔", 3_000_000);
  fee("2024-04-05", pp, "2024 용산구 공공구매 예산분석 컨설팅 용역 (잔금)", "사회적협동조합 공공나눔", 3_000_000);
  card("2024-03-26", pp, "참여기업 간담회 다과", "카페 용산", 70_000, 120_000);
  card("2024-03-26", pp, "참여기업 간담회 자료 인쇄", "용산인쇄", 40_000, 70_000);
  fee("2024-05-09", pp, "공무원 대상 공공구매 교육 강사료", "강사 개인", 400_000);
  card("2024-05-09", pp, "공무원 대상 교육 교재 인쇄", "용산인쇄", 90_000, 130_000);

  // 주체발굴 및 성장지원
  const edu = "찾아가는 기업 교육 및 컨설팅";
  fee("2024-02-21", edu, "용산용문시장협동조합 총회 교육 강사료", "강사 개인", 300_000);
  fee("2024-03-14", edu, "맞춤형 기업 컨설팅 - 올바른네트웍스(주)", "경영컨설턴트 개인", 1_200_000);
  fee("2024-03-20", edu, "맞춤형 기업 컨설팅 - 디아앤큐", "경영컨설턴트 개인", 1_200_000);
  fee("2024-04-17", edu, "고래이야기 사회적협동조합 재무회계 교육 강사료", "강사 개인", 300_000);
  fee("2024-04-24", edu, "디아앤큐(주) 재무회계 교육 강사료", "강사 개인", 300_000);
  for (let i = 0; i < 8; i++) card(iso(2 + Math.floor(i / 3), 6 + i * 3), edu, "찾아가는 교육 교재·다과", "다이소 용산점", 20_000, 60_000);

  const market = "사회적경제 장터 운영";
  fee("2024-04-20", market, "꽃장, 피우장 부스 및 천막 임차", "(주)이벤트세상", 1_650_000);
  fee("2024-04-22", market, "꽃장, 피우장 현수막·배너 제작", "용산인쇄", 385_000);
  for (let i = 0; i < 6; i++) card("2024-04-27", market, "꽃장, 피우장 운영 물품", "다이소 용산점", 15_000, 70_000);
  fee("2024-05-13", market, "봄마실 장터 부스 및 천막 임차", "(주)이벤트세상", 1_320_000);
  fee("2024-05-14", market, "봄마실 장터 홍보물 제작", "용산인쇄", 297_000);
  for (let i = 0; i < 6; i++) card("2024-05-18", market, "봄마실 장터 운영 물품", "다이소 용산점", 15_000, 70_000);
  fee("2024-05-20", market, "봄마실 장터 운영요원 활동비", "운영요원 개인", 720_000);

  const academy = "사회적경제 창업 아카데미";
  for (let i = 0; i < 8; i++) fee(iso(3, 5 + i * 3), academy, `창업 아카데미 ${i + 1}강 강사료`, "강사 개인", 300_000);
  card("2024-03-04", academy, "창업 아카데미 교재 제작", "용산인쇄", 350_000, 420_000);
  for (let i = 0; i < 8; i++) card(iso(3, 5 + i * 3), academy, "창업 아카데미 다과", "파리바게뜨 용산구청점", 30_000, 60_000);
  fee("2024-03-06", academy, "창업 아카데미 온라인 모집 광고", "(주)마케팅온", 550_000);
  card("2024-03-29", academy, "창업 아카데미 수료식 다과·수료증", "용산인쇄", 150_000, 250_000);
  fee("2024-04-15", academy, "창업 아카데미 강사료 반납 (9강 취소)", "강사 개인", -300_000);

  fee("2024-03-27", "소상공인 온라인 홍보마케팅", "소상공인 온라인 홍보마케팅 용역", "(주)마케팅온", 4_950_000);

  // 거버넌스 구축
  const committee = "운영위원회 운영";
  fee("2024-03-05", committee, "1분기 운영위원회 참석수당 (6명)", "운영위원", 600_000);
  card("2024-03-05", committee, "1분기 운영위원회 다과", "카페 용산", 50_000, 80_000);
  const network = "의제별 네트워크 운영";
  card("2024-01-30", network, "1회 입주기업 간담회 다과", "카페 용산", 90_000, 140_000);
  card("2024-03-07", network, "중부·남부기술교육원 업무협약식 현수막", "용산인쇄", 55_000, 66_000);
  fee("2024-05-14", network, "여성 리더십 네트워크 강사료", "강사 개인", 400_000);
  card("2024-05-14", network, "여성 리더십 네트워크 다과", "카페 용산", 100_000, 150_000);

  // 기타: 홍보
  const pr = "센터 사업 홍보";
  for (let m = 1; m <= 6; m++) {
    fee(iso(m, 8), pr, `${m}월 홈페이지 유지보수`, "(주)웹스튜디오", 220_000);
    card(iso(m, 20), pr, `${m}월 뉴스레터 발송 서비스`, "스티비(주)", 29_000, 29_000);
  }
  fee("2024-05-02", pr, "사회적경제 홍보영상 제작 (3건) 선금", "미디어협동조합 담다", 3_000_000);
  return out;
}

/** Entries after the as-of date (late May, June): in the ledger, but not counted as of 5/24. */
const laterEntries: readonly Entry[] = [
  ["2024-05-27", "운영위원회 운영", "2분기 운영위원회 자료 인쇄", "용산인쇄", 48_400, "법인카드"],
  ["2024-05-30", "의제별 네트워크 운영", "윤리경영 실천 협약식 결과 자료 인쇄", "용산인쇄", 66_000, "법인카드"],
  ["2024-05-31", "찾아가는 기업 교육 및 컨설팅", "강남구 SESTA 참여 지원 교통비", "티머니", 37_800, "법인카드"],
  ["2024-06-03", "공동판매장 활성화", "생협 공동판매장 특별전 홍보물", "용산인쇄", 330_000, "계좌이체"],
  ["2024-06-04", "운영위원회 운영", "2분기 운영위원회 참석수당 (6명)", "운영위원", 600_000, "계좌이체"],
  ["2024-06-12", "ESG 아카데미 협력", "숙명여대 ESG 아카데미 1회 다과", "카페 용산", 86_500, "법인카드"],
];

/**
 * The closing entry of 5/23 (보조금 정산용 사무용품 일괄 구입): its amount is what the month's
 * purchases came to, written out so the sample reproduces the seed's 66,460,585원.
 */
const closingEntry = (amount: number): Entry => ["2024-05-23", "운영비", "사무용품 일괄 구입 (5월)", "오피스디포 용산점", amount, "법인카드"];

function ledgerEntries(): Entry[] {
  const rand = seededRandom(20240524);
  const entries = [...routineEntries(rand), ...programEntries(rand)];
  const upToAsOf = entries.filter((e) => e[0] <= SAMPLE_TOTALS.asOf).reduce((s, e) => s + e[4], 0);
  const closing = SAMPLE_TOTALS.executedAsOf - upToAsOf;
  // Out of range means the generator changed (a bug, not bad input): the sample would be implausible.
  if (!(closing > 0 && closing < 1_000_000)) throw new Error(`sample ledger closing entry out of range: ${closing}`);
  entries.push(closingEntry(closing));
  // Routine entries already run into June; these are the remaining ones after 5/24.
  entries.push(...laterEntries);
  // Stable sort by date: the ledger is kept in date order.
  return entries.map((e, i) => ({ e, i })).sort((a, b) => (a.e[0] < b.e[0] ? -1 : a.e[0] > b.e[0] ? 1 : a.i - b.i)).map((x) => x.e);
}

// ---------------------------------------------------------------------------------------------

function titleRows(title: string, width: number, unit = "(단위: 원)"): CellValue[][] {
  const pad = (first: CellValue) => [first, ...Array<CellValue>(width - 1).fill(null)];
  return [pad(title), [...Array<CellValue>(width - 1).fill(null), unit], pad(null)];
}

function budgetSheet(): SheetGrid {
  const header: CellValue[] = ["구분", "사업명", "예산액", "산출근거"];
  const total = budgetLines.reduce((s, l) => s + l[2], 0);
  return {
    name: "예산",
    origin: { row: 0, col: 0 },
    values: [
      ...titleRows(`${SAMPLE_YEAR}년 ${SAMPLE_CENTER} 예산`, header.length),
      header,
      ...budgetLines.map((l) => [...l] as CellValue[]),
      ["합계", null, total, null],
    ],
  };
}

function grantsSheet(): SheetGrid {
  const header: CellValue[] = ["교부일자", "교부액", "비고"];
  const total = grants.reduce((s, g) => s + g[1], 0);
  return {
    name: "교부내역",
    origin: { row: 0, col: 0 },
    values: [
      ...titleRows(`${SAMPLE_YEAR}년 보조금 교부내역`, header.length),
      header,
      ...grants.map(([d, a, n]) => [dateCell(d), a, n]),
      ["합계", total, null],
    ],
  };
}

function ledgerSheet(): SheetGrid {
  const header: CellValue[] = ["번호", "집행일자", "사업명", "적요", "거래처", "금액", "증빙번호", "결제방법"];
  const entries = ledgerEntries();
  const total = entries.reduce((s, e) => s + e[4], 0);
  const rows = entries.map(([date, line, desc, payee, amount, method], i): CellValue[] => [
    i + 1,
    dateCell(date),
    line,
    desc,
    payee,
    amount,
    `2024-${String(i + 1).padStart(4, "0")}`,
    method,
  ]);
  return {
    name: "집행내역",
    origin: { row: 0, col: 0 },
    values: [
      ...titleRows(`${SAMPLE_YEAR}년 ${SAMPLE_CENTER} 집행내역`, header.length),
      header,
      ...rows,
      [null, null, "합계", null, null, total, null, null],
    ],
  };
}

function programsSheet(): SheetGrid {
  const header: CellValue[] = ["구분", "사업명", "계획분기", "실행일자", "상태", "비고"];
  return {
    name: "사업현황",
    origin: { row: 0, col: 0 },
    values: [
      [`${SAMPLE_YEAR}년 ${SAMPLE_CENTER} 사업현황`, null, null, null, null, null],
      [null, null, null, null, null, null],
      header,
      ...programs.map(([cat, name, q, d, status, note]) => [cat, name, q, d ? dateCell(d) : null, status, note === "" ? null : note]),
    ],
  };
}

/** The four data sheets, in the order an accountant keeps them. */
export function sampleDataSheets(): SheetGrid[] {
  return [budgetSheet(), grantsSheet(), ledgerSheet(), programsSheet()];
}
