import { describe, expect, it } from "vitest";
import {
  EMPTY_PAPER_FORM,
  formFromPaper,
  type PaperFormValues,
  paperEdit,
  parseAuthors,
  validatePaperForm,
} from "../../../renderer/lib/paper-form";
import { methodSchemas } from "../../../shared/api/schemas";
import type { Paper } from "../../../shared/model/paper";

const form = (values: Partial<PaperFormValues>): PaperFormValues => ({ ...EMPTY_PAPER_FORM, ...values });

const PAPER: Paper = {
  id: "t:abc",
  title: "Model soups",
  abstract: "We average weights.",
  links: [],
  authors: ["Mitchell Wortsman", "Gabriel Ilharco"],
  year: 2022,
  venue: "ICML",
  url: "https://arxiv.org/abs/2203.05482",
  source: "manual",
  addedAt: "2026-01-01T00:00:00.000Z",
};

describe("parseAuthors", () => {
  it("splits on new lines and semicolons, dropping blanks", () => {
    expect(parseAuthors("Ada Lovelace\n\n  Alan Turing ; Grace Hopper;")).toEqual([
      "Ada Lovelace",
      "Alan Turing",
      "Grace Hopper",
    ]);
    expect(parseAuthors(" \n ; ")).toEqual([]);
  });

  it("keeps 'Last, First' names whole", () => {
    expect(parseAuthors("Lovelace, Ada; Turing, Alan")).toEqual(["Lovelace, Ada", "Turing, Alan"]);
  });
});

describe("validatePaperForm", () => {
  it("requires a title", () => {
    expect(validatePaperForm(form({}))).toEqual({ ok: false, errors: { title: "A title is required" } });
    expect(validatePaperForm(form({ title: "   " }))).toEqual({ ok: false, errors: { title: "A title is required" } });
  });

  it("builds the addPaper argument from a title alone, accepted by the contract's schema", () => {
    const result = validatePaperForm(form({ title: "  A paper  " }));
    expect(result).toEqual({ ok: true, fields: { title: "A paper" } });
    if (result.ok) expect(methodSchemas.addPaper.safeParse(result.fields).success).toBe(true);
  });

  it("parses every field", () => {
    const result = validatePaperForm(
      form({
        title: "Model soups",
        authors: "Mitchell Wortsman\nGabriel Ilharco",
        year: " 2022 ",
        venue: " ICML ",
        doi: "10.1000/xyz",
        url: " https://arxiv.org/abs/2203.05482 ",
        abstract: "  We average weights.\n",
      }),
    );
    expect(result).toEqual({
      ok: true,
      fields: {
        title: "Model soups",
        authors: ["Mitchell Wortsman", "Gabriel Ilharco"],
        year: 2022,
        venue: "ICML",
        doi: "10.1000/xyz",
        url: "https://arxiv.org/abs/2203.05482",
        abstract: "We average weights.",
      },
    });
  });

  it.each([
    [{ year: "twenty" }, "year", "The year must be a number, like 2024"],
    [{ year: "2024.5" }, "year", "The year must be a number, like 2024"],
    [{ year: "999" }, "year", "The year must be between 1000 and 3000"],
    [{ year: "3001" }, "year", "The year must be between 1000 and 3000"],
    [{ url: "javascript:alert(1)" }, "url", "The URL must start with http:// or https://"],
    [{ url: "www.example.com" }, "url", "The URL must start with http:// or https://"],
    [{ title: "x".repeat(2001) }, "title", "This is too long"],
    [{ authors: "y".repeat(501) }, "authors", "An author's name is at most 500 characters, and at most 1,000 authors"],
  ] as const)("rejects %j", (values, field, message) => {
    const result = validatePaperForm(form({ title: "T", ...values }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toBe(message);
  });

  it("reports every bad field at once", () => {
    const result = validatePaperForm(form({ title: "", year: "abc", url: "ftp://x" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["title", "url", "year"]);
  });

  it("keeps HTML in a title as text (the form does not interpret it)", () => {
    const title = '<img src=x onerror="alert(1)">';
    expect(validatePaperForm(form({ title }))).toEqual({ ok: true, fields: { title } });
  });
});

describe("paperEdit", () => {
  it("round-trips a paper through the form without changes", () => {
    expect(paperEdit(PAPER, formFromPaper(PAPER))).toEqual({ ok: true, fields: {}, changed: false });
  });

  it("sends only the changed fields", () => {
    const values = { ...formFromPaper(PAPER), title: "Model soups!", year: "2023", authors: "Someone Else" };
    expect(paperEdit(PAPER, values)).toEqual({
      ok: true,
      fields: { title: "Model soups!", year: 2023, authors: ["Someone Else"] },
      changed: true,
    });
  });

  it("clears URL, venue, DOI with an empty string and authors with an empty list", () => {
    const values = { ...formFromPaper({ ...PAPER, doi: "10.1/x" }), url: "", venue: " ", doi: "", authors: "" };
    const result = paperEdit({ ...PAPER, doi: "10.1/x" }, values);
    expect(result).toEqual({ ok: true, fields: { url: "", venue: "", doi: "", authors: [] }, changed: true });
    if (result.ok) {
      expect(methodSchemas.updatePaper.safeParse({ id: PAPER.id, fields: result.fields }).success).toBe(true);
    }
  });

  it("clears the abstract", () => {
    expect(paperEdit(PAPER, { ...formFromPaper(PAPER), abstract: "" })).toEqual({
      ok: true,
      fields: { abstract: "" },
      changed: true,
    });
  });

  it("sends a cleared year as null, which the contract accepts", () => {
    const result = paperEdit(PAPER, { ...formFromPaper(PAPER), year: "" });
    expect(result).toEqual({ ok: true, fields: { year: null }, changed: true });
    if (result.ok)
      expect(methodSchemas.updatePaper.safeParse({ id: PAPER.id, fields: result.fields }).success).toBe(true);
  });

  it("validates like adding does", () => {
    const result = paperEdit(PAPER, { ...formFromPaper(PAPER), title: "" });
    expect(result).toEqual({ ok: false, errors: { title: "A title is required" } });
  });
});
