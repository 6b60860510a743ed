import { describe, expect, it } from "vitest";
import {
  FILTER,
  filterAttribute,
  HAS_CODE,
  META,
  metaFromAttribute,
  monthOf,
  readSearchParams,
  type SearchQuery,
  SORT,
  searchParams,
  sortAttribute,
  yearOf,
} from "../../../src/search/schema.ts";

const read = (search: string) => readSearchParams(new URLSearchParams(search));

describe("searchParams", () => {
  it("writes every part of a search, in a fixed order, leaving out what is unset", () => {
    const search: SearchQuery = {
      sort: "oldest",
      code: true,
      year: "2025",
      topic: "model-merging",
      q: "low rank & more",
    };
    expect(searchParams(search).toString()).toBe(
      "q=low+rank+%26+more&topic=model-merging&year=2025&code=1&sort=oldest",
    );
    expect(searchParams({ topic: "optimization" }).toString()).toBe("topic=optimization");
    expect(searchParams({ q: "", code: false, sort: "" }).toString()).toBe("");
  });

  it("reads back every search it writes", () => {
    const searches: Required<SearchQuery>[] = [
      { q: "μP scaling", topic: "diffusion-models", year: "2024", code: true, sort: "newest" },
      { q: "a+b=c?&d", topic: "", year: "", code: false, sort: "oldest" },
      { q: "", topic: "", year: "", code: false, sort: "" },
    ];
    for (const search of searches) expect(read(searchParams(search).toString())).toEqual(search);
  });

  it("reads a URL with nothing set as an empty best-match search", () => {
    expect(read("")).toEqual({ q: "", topic: "", year: "", code: false, sort: "" });
  });
});

describe("readSearchParams", () => {
  it("reads an unknown order as best match, and keeps the rest of the search", () => {
    expect(read("q=merging&sort=relevance")).toEqual({
      q: "merging",
      topic: "",
      year: "",
      code: false,
      sort: "",
    });
    expect(read("sort=Newest").sort).toBe("");
    expect(read("sort=").sort).toBe("");
  });

  it("counts only code=1 as asking for papers with code", () => {
    expect(read("code=1").code).toBe(true);
    expect(read("code=yes").code).toBe(false);
    expect(read("code=").code).toBe(false);
  });

  it("decodes what a form submission encodes", () => {
    expect(read("q=low+rank+%26+more&topic=t1")).toMatchObject({
      q: "low rank & more",
      topic: "t1",
    });
  });
});

describe("attribute helpers", () => {
  it("write the data-pagefind-* values a paper page carries", () => {
    const date = "2025-07-30";
    expect(filterAttribute(FILTER.topic, "model-merging")).toBe("topic:model-merging");
    expect(filterAttribute(FILTER.year, yearOf(date))).toBe("year:2025");
    expect(filterAttribute(FILTER.month, monthOf(date))).toBe("month:2025-07");
    expect(filterAttribute(FILTER.code, HAS_CODE)).toBe("code:yes");
    expect(sortAttribute(SORT.date, date)).toBe("date:2025-07-30");
    expect(metaFromAttribute(META.title, "content")).toBe("title[content]");
  });
});
