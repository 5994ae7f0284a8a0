/**
 * The bibliographic record, declared once: what Folio keeps of a work, CSL-shaped (the CSL 1.0.2 item
 * types, creators with roles as structured names, date parts), plus what a source file says that this
 * model does not hold (kept verbatim per format, so an export in that format gives it back).
 *
 * Every importer fills a `BibRecord`, every exporter writes one; the mapping tables between BibTeX /
 * BibLaTeX, CSL-JSON and RIS live in main/formats/mapping/ and nowhere else. Stored papers are
 * `Paper` (shared/model/paper.ts): a record plus identity, links and provenance.
 */
import { z } from "zod";

/** CSL 1.0.2 item types. */
export const ITEM_TYPES = [
  "article",
  "article-journal",
  "article-magazine",
  "article-newspaper",
  "bill",
  "book",
  "broadcast",
  "chapter",
  "classic",
  "collection",
  "dataset",
  "document",
  "entry",
  "entry-dictionary",
  "entry-encyclopedia",
  "event",
  "figure",
  "graphic",
  "hearing",
  "interview",
  "legal_case",
  "legislation",
  "manuscript",
  "map",
  "motion_picture",
  "musical_score",
  "pamphlet",
  "paper-conference",
  "patent",
  "performance",
  "periodical",
  "personal_communication",
  "post",
  "post-weblog",
  "regulation",
  "report",
  "review",
  "review-book",
  "software",
  "song",
  "speech",
  "standard",
  "thesis",
  "treaty",
  "webpage",
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** CSL name variables Folio keeps as creator roles. */
export const CREATOR_ROLES = [
  "author",
  "editor",
  "translator",
  "container-author",
  "collection-editor",
  "editorial-director",
  "director",
  "illustrator",
  "interviewer",
  "recipient",
  "reviewed-author",
  "composer",
  "original-author",
  "chair",
  "compiler",
  "contributor",
  "curator",
  "organizer",
  "performer",
  "producer",
] as const;
export type CreatorRole = (typeof CREATOR_ROLES)[number];

/** Source formats whose entry types and unmodelled fields are kept verbatim. */
export const SOURCE_FORMATS = ["bibtex", "biblatex", "csl", "ris"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const text = (max: number) => z.string().max(max);

/**
 * A person (family, given, particles, suffix, as CSL splits them) or a literal name (an organization,
 * `{Google Brain Team}`): exactly one of `family` / `literal` is set.
 */
export const creatorSchema = z
  .object({
    role: z.enum(CREATOR_ROLES),
    family: text(500).optional(),
    given: text(500).optional(),
    /** "van" in "Ludwig van Beethoven" when sorted under B (CSL non-dropping-particle). */
    particle: text(100).optional(),
    /** "de" in "Jean de La Fontaine" when it drops in sorting (CSL dropping-particle). */
    droppingParticle: text(100).optional(),
    suffix: text(100).optional(),
    literal: text(1_000).optional(),
  })
  .refine((c) => (c.family !== undefined) !== (c.literal !== undefined), "a creator has a family name or a literal");
export type Creator = z.infer<typeof creatorSchema>;

/** Any of year, month, day may be missing; `literal` keeps what has no parts ("in press", "2020/21"). */
export const datePartsSchema = z.object({
  year: z.number().int().min(-9999).max(9999).optional(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  /** Seasons and ranges CSL writes as date-parts of two dates, kept as the source wrote them. */
  literal: text(200).optional(),
});
export type DateParts = z.infer<typeof datePartsSchema>;

/** A field of the source that the model does not hold, written back on export in that format. */
export const extraFieldSchema = z.object({
  format: z.enum(SOURCE_FORMATS),
  /** Field name as the source spelt it (BibTeX field, CSL variable, RIS tag). */
  name: text(200),
  /** BibTeX/RIS: the value as read (LaTeX kept for BibTeX); CSL: any JSON value. */
  value: z.unknown(),
});
export type ExtraField = z.infer<typeof extraFieldSchema>;

export const bibRecordShape = {
  type: z.enum(ITEM_TYPES),
  /** The source's own entry type (`inproceedings`, `mastersthesis`, `CONF`), used when exporting to that format. */
  sourceType: z.object({ format: z.enum(SOURCE_FORMATS), type: text(100) }).optional(),
  /** The citation key: imported keys are kept; generated once where none was given; unique in the library. */
  citationKey: text(300).optional(),
  title: text(2_000),
  shortTitle: text(2_000).optional(),
  abstract: text(100_000),
  creators: z.array(creatorSchema).max(5_000),
  /** Roles whose list the source ended with "and others": a flag, never a creator. */
  othersAfter: z.array(z.enum(CREATOR_ROLES)).optional(),
  issued: datePartsSchema.optional(),
  /** Journal, proceedings or book title (BibTeX journal / booktitle, RIS JO/T2, CSL container-title). */
  containerTitle: text(2_000).optional(),
  /** Series (BibTeX series, CSL collection-title). */
  collectionTitle: text(1_000).optional(),
  volume: text(100).optional(),
  /** Issue (BibTeX number on articles, CSL issue). */
  issue: text(100).optional(),
  /** Report or other number (BibTeX number on reports and the like, CSL number). */
  number: text(200).optional(),
  /** Page range or article number (BibTeX pages, CSL page). */
  page: text(100).optional(),
  edition: text(100).optional(),
  publisher: text(1_000).optional(),
  /** Publisher's place (BibTeX address / location, CSL publisher-place). */
  publisherPlace: text(1_000).optional(),
  /** Degree-granting school or issuing institution (BibTeX school / institution). */
  institution: text(1_000).optional(),
  /** Conference organizer or issuing organization (BibTeX organization). */
  organization: text(1_000).optional(),
  /** Event name (BibLaTeX eventtitle, CSL event-title). */
  eventTitle: text(1_000).optional(),
  /** Thesis or report kind (BibTeX type, CSL genre). */
  genre: text(200).optional(),
  isbn: text(200).optional(),
  issn: text(200).optional(),
  doi: text(500).optional(),
  arxivId: text(100).optional(),
  /** arXiv primary class (BibLaTeX eprintclass / primaryClass). */
  arxivClass: text(100).optional(),
  pmid: text(50).optional(),
  pmcid: text(50).optional(),
  url: text(2_048).optional(),
  /** When the URL was accessed. */
  accessed: datePartsSchema.optional(),
  language: text(100).optional(),
  /** The source's keywords: kept apart from the user's tags. */
  keywords: z.array(text(500)).max(1_000).optional(),
  /** The source's own note / annotation (BibTeX note; not the user's note). */
  sourceNote: text(100_000).optional(),
  /** Source fields the model does not hold, verbatim, per format. */
  extra: z.array(extraFieldSchema).max(1_000).optional(),
};
export const bibRecordSchema = z.object(bibRecordShape);
export type BibRecord = z.infer<typeof bibRecordSchema>;
