/**
 * The "Add paper" / "Edit paper" form as pure functions: the typed strings, their validation against
 * the contract's own schema (`methodSchemas.addPaper`), and the fields an edit actually changes.
 */
import { type MethodInput, methodSchemas } from "../../shared/api/schemas";
import type { Paper } from "../../shared/model/paper";

export const PAPER_FIELDS = ["title", "authors", "year", "venue", "doi", "url", "abstract"] as const;
export type PaperField = (typeof PAPER_FIELDS)[number];

/** What the form's inputs hold: text only. */
export type PaperFormValues = Record<PaperField, string>;
export type PaperFormErrors = Partial<Record<PaperField, string>>;

export type NewPaperFields = MethodInput<"addPaper">;
export type PaperEdit = NonNullable<MethodInput<"updatePaper">["fields"]>;

export const EMPTY_PAPER_FORM: Readonly<PaperFormValues> = Object.freeze({
  title: "",
  authors: "",
  year: "",
  venue: "",
  doi: "",
  url: "",
  abstract: "",
});

export function formFromPaper(paper: Paper): PaperFormValues {
  return {
    title: paper.title,
    authors: paper.authors.join("\n"),
    year: paper.year === undefined ? "" : String(paper.year),
    venue: paper.venue ?? "",
    doi: paper.doi ?? "",
    url: paper.url ?? "",
    abstract: paper.abstract,
  };
}

/** Authors typed one per line or separated by semicolons. */
export function parseAuthors(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

export type FormResult = { ok: true; fields: NewPaperFields } | { ok: false; errors: PaperFormErrors };

/** Check the form the way the core will, and say what is wrong next to each field. */
export function validatePaperForm(values: PaperFormValues): FormResult {
  const errors: PaperFormErrors = {};
  const yearText = values.year.trim();
  let year: number | undefined;
  if (yearText !== "") {
    if (/^\d{1,4}$/.test(yearText)) year = Number(yearText);
    else errors.year = "The year must be a number, like 2024";
  }
  const candidate: NewPaperFields = {
    title: values.title,
    ...(values.abstract.trim() !== "" ? { abstract: values.abstract.trim() } : {}),
    ...(values.url.trim() !== "" ? { url: values.url.trim() } : {}),
    ...(parseAuthors(values.authors).length > 0 ? { authors: parseAuthors(values.authors) } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(values.venue.trim() !== "" ? { venue: values.venue.trim() } : {}),
    ...(values.doi.trim() !== "" ? { doi: values.doi.trim() } : {}),
  };
  const parsed = methodSchemas.addPaper.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field !== "string" || !isPaperField(field) || errors[field]) continue;
      errors[field] = friendlyMessage(field, issue.message);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields: { ...candidate, title: candidate.title.trim() } };
}

function isPaperField(name: string): name is PaperField {
  return (PAPER_FIELDS as readonly string[]).includes(name);
}

/** The schema's own messages where it has them; zod's generic ones replaced by something readable. */
function friendlyMessage(field: PaperField, message: string): string {
  if (field === "year") return "The year must be between 1000 and 3000";
  if (field === "authors") return "An author's name is at most 500 characters, and at most 1,000 authors";
  if (/^Too big/i.test(message)) return "This is too long";
  return message;
}

export type EditResult = { ok: true; fields: PaperEdit; changed: boolean } | { ok: false; errors: PaperFormErrors };

/**
 * The fields of `paper` the form changes, ready for `updatePaper`: a cleared URL, venue or DOI is sent
 * as "" and a cleared year as null (the core removes them), cleared authors as [].
 */
export function paperEdit(paper: Paper, values: PaperFormValues): EditResult {
  const checked = validatePaperForm(values);
  if (!checked.ok) return checked;
  const next = checked.fields;
  const fields: PaperEdit = {};
  if (next.title !== paper.title) fields.title = next.title;
  if ((next.abstract ?? "") !== paper.abstract.trim()) fields.abstract = next.abstract ?? "";
  const authors = next.authors ?? [];
  if (authors.join("\n") !== paper.authors.join("\n")) fields.authors = authors;
  if (next.year !== paper.year) fields.year = next.year ?? null;
  for (const key of ["url", "venue", "doi"] as const) {
    if ((next[key] ?? "") !== (paper[key] ?? "")) fields[key] = next[key] ?? "";
  }
  return { ok: true, fields, changed: Object.keys(fields).length > 0 };
}
