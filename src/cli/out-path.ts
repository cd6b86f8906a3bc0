// Where the CLI's commands write: a new file beside the input, never the input itself. The
// report, add-sheets and carry commands name their copy the same way and refuse the same way.

import * as path from "node:path";

/** `<dir>/<name>-<suffix>.xlsx` next to the input. */
export function besideInput(input: string, suffix: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-${suffix}.xlsx`);
}

/** Why an --out that names the input is refused. */
export const OUT_IS_INPUT = "출력 파일이 입력 파일과 같습니다. 입력 파일은 바꾸지 않습니다: --out에 다른 이름을 적어 주세요.";

/** Why a default output path that turns out to be the input is refused. */
export const outIsInput = (out: string): string => `출력 파일이 입력 파일과 같습니다: ${out}`;
