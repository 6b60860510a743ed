/**
 * Lighthouse's performance audit of a page, as its mobile default runs it (a mid-range phone on a
 * slow 4G link, simulated from a real load in Chromium): the score and the figures it comes from.
 */
import lighthouse from "lighthouse";
import { launchChromium } from "./chromium.ts";

export interface LighthouseFigures {
  /** The performance score, 0 to 100. */
  score: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  speedIndexMs: number;
}

/** A free port for Chromium's remote debugging, which Lighthouse drives. */
const DEBUGGING_PORT = 9_333;

export async function auditPerformance(
  url: string,
  chromePath: string,
): Promise<LighthouseFigures> {
  const browser = await launchChromium(chromePath, [`--remote-debugging-port=${DEBUGGING_PORT}`]);
  try {
    const result = await lighthouse(url, {
      port: DEBUGGING_PORT,
      onlyCategories: ["performance"],
      logLevel: "error",
      output: "json",
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const value = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories["performance"]?.score ?? 0) * 100),
      firstContentfulPaintMs: value("first-contentful-paint"),
      largestContentfulPaintMs: value("largest-contentful-paint"),
      totalBlockingTimeMs: value("total-blocking-time"),
      cumulativeLayoutShift: value("cumulative-layout-shift"),
      speedIndexMs: value("speed-index"),
    };
  } finally {
    await browser.close();
  }
}
