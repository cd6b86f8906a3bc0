// The bundled sample workbook: the center's 2024 data behind the seed's Q2 minutes
// (192,500,000원 budget, 96,250,000원 granted in Q1–Q2, 66,460,585원 spent as of 2024-05-24).
import type { WorkbookGrid } from "../core/grid";
import { sampleDataSheets } from "./sample-data";
import { sampleMeetingSheet } from "./sample-meeting";

export function sampleWorkbookGrid(): WorkbookGrid {
  return { sheets: [...sampleDataSheets(), sampleMeetingSheet()] };
}
