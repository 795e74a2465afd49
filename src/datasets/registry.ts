// Every dataset a page uses; `crd export --list` names these.
import { ccfsrCalendar, pqcrThemes, sipProgress } from "./ccfsr.ts";
import type { Dataset } from "./dataset.ts";
import { osriItemQuarters } from "./osriItemQuarters.ts";
import { osriCountyResults } from "./osriCountyResults.ts";
import { osriItemResults, osriOutcomeResults } from "./osriResults.ts";
import { pipBaseline, pipItems, pipPlan, pipProgress, pipScheduleDeviations } from "./pip.ts";
import { reviewSchedule } from "./reviewSchedule.ts";
import { concernTimeliness, qaTimeliness } from "./reviewOperations.ts";
import { qsrCountyIndicators } from "./qsrCountyIndicators.ts";
import { qsrChanges } from "./qsrChanges.ts";
import { qsrIndicators } from "./qsrIndicators.ts";
import { qsrNextStepOffices, qsrNextSteps, qsrTargetStatus, qsrTargetsDataset, qsrThemeCategories, qsrThemesDataset } from "./qsrMeetings.ts";
import { qsrOffices } from "./qsrOffices.ts";
import { qsrOfficeVsCounty } from "./qsrOfficeVsCounty.ts";
import { qsrReviews } from "./qsrReviews.ts";
import { qsrLatestShares, qsrOverallTrends, qsrShares } from "./qsrShares.ts";
import { sipValues } from "./sipValues.ts";
import { siteInfo } from "./siteInfo.ts";

export const DATASETS: readonly Dataset[] = [siteInfo, qsrOffices, qsrReviews, qsrIndicators, qsrChanges, qsrOfficeVsCounty, qsrShares, qsrLatestShares, qsrOverallTrends, qsrCountyIndicators, qsrThemesDataset, qsrThemeCategories, qsrNextSteps, qsrNextStepOffices, qsrTargetsDataset, qsrTargetStatus, osriItemQuarters, osriItemResults, osriOutcomeResults, osriCountyResults, pipPlan, pipBaseline, pipProgress, pipItems, pipScheduleDeviations, reviewSchedule, qaTimeliness, concernTimeliness, sipValues, sipProgress, ccfsrCalendar, pqcrThemes];

export function findDataset(name: string): Dataset | undefined {
  return DATASETS.find((d) => d.name === name);
}
