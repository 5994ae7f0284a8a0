/** What every exporter takes: a paper and the user's state for it. */
import type { Paper } from "../../../shared/model/paper";
import type { PaperState } from "../../../shared/model/user-state";

export interface ExportItem {
  paper: Paper;
  state: PaperState;
}
