/** How `npm run add` dates a paste, and what it says when it cannot. */
import { describe, expect, it } from "vitest";
import { chooseDigestDate, type DateEvidence } from "../../../src/sources/add-paste.ts";

const FILE = "papers.txt";

function choose(evidence: Partial<DateEvidence>) {
  return chooseDigestDate(
    { fileName: FILE, today: "2026-03-10", latest: "2026-03-11", argument: FILE, ...evidence },
    FILE,
  );
}

describe("chooseDigestDate", () => {
  it("names an impossible date line and where it is, with the --date fix", () => {
    expect(choose({ impossibleHeader: { text: "July 32, 2025", line: 3 } })).toEqual({
      file: FILE,
      line: 3,
      message: 'the date line "July 32, 2025" names a day that does not exist',
      fix: "correct the date line to the digest's real date, or give that date: npm run add -- papers.txt --date YYYY-MM-DD",
    });
  });

  it("suggests --date for the argument as typed, quoted for the shell", () => {
    expect(choose({ argument: "My Downloads/papers.txt" })).toMatchObject({
      message: "no date anywhere: the paste has no date line and its file name no date",
      fix: "give the digest's date: npm run add -- 'My Downloads/papers.txt' --date YYYY-MM-DD",
    });
    expect(choose({ argument: "-" })).toMatchObject({
      fix: "give the digest's date: npm run add -- - --date YYYY-MM-DD",
    });
  });

  it("reads a file name with a space after the date as dated", () => {
    expect(choose({ fileName: "2025-07-30 digest.txt" })).toEqual({
      date: "2025-07-30",
      reason: "from the file name",
    });
  });

  it("refuses an impossible file-name date instead of moving it to another year", () => {
    expect(
      choose({
        fileName: "2025-02-29.txt",
        argument: "2025-02-29.txt",
        header: { date: { month: 2, day: 29 }, line: 1 },
      }),
    ).toEqual({
      file: FILE,
      message: 'the file name "2025-02-29.txt" names a day that does not exist (2025-02-29)',
      fix: "give the digest's real date: npm run add -- 2025-02-29.txt --date YYYY-MM-DD, or rename the file to it",
    });
  });

  it("refuses dates after tomorrow (UTC) from --date, a date line or a file name", () => {
    expect(choose({ explicit: "2026-03-11" })).toEqual({
      date: "2026-03-11",
      reason: "from --date",
    });
    expect(choose({ explicit: "2206-03-10" })).toEqual({
      file: FILE,
      message: "--date says 2206-03-10 is in the future (the latest a digest can be is 2026-03-11)",
      fix: "give the digest's real date, for example --date 2026-03-10",
    });
    expect(choose({ header: { date: { month: 7, day: 30, year: 2205 }, line: 5 } })).toEqual({
      file: FILE,
      line: 5,
      message:
        'the date line "Jul 30, 2205" says 2205-07-30 is in the future (the latest a digest can be is 2026-03-11)',
      fix: "correct it, or give the digest's real date: npm run add -- papers.txt --date YYYY-MM-DD",
    });
    expect(choose({ fileName: "2027-01-01.txt" })).toMatchObject({
      message:
        'the file name "2027-01-01.txt" says 2027-01-01 is in the future (the latest a digest can be is 2026-03-11)',
    });
  });

  it("refuses dates before 1991, older than any digest of papers", () => {
    expect(choose({ explicit: "1025-07-30" })).toMatchObject({
      message: "--date says 1025-07-30 is before 1991, older than any digest of papers",
    });
  });
});
