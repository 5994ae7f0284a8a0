/**
 * The "trending papers" page (the bundled seed corpus format), as an import format.
 *
 *   parseTrendingPage(text: string): ParseResult
 */
import type { ParseResult } from "../../../shared/model/paper";
import { parseSeedPage } from "../../../shared/parsers/seed-page";

export function parseTrendingPage(text: string): ParseResult {
  const { papers, problems } = parseSeedPage(text);
  return { papers, problems };
}
