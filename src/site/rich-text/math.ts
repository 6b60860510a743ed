/**
 * Math in titles and abstracts (found by src/content/math-spans.ts), typeset at build time by
 * KaTeX as MathML (no client JavaScript, no fonts or stylesheet to download; browsers render
 * MathML natively).
 */
import katex from "katex";

function typeset(tex: string, display: boolean): string | undefined {
  let needsTrust = false;
  try {
    const html = katex.renderToString(tex, {
      output: "mathml",
      displayMode: display,
      throwOnError: true,
      strict: "ignore",
      trust: () => {
        needsTrust = true;
        return false;
      },
    });
    if (needsTrust) return undefined;
    return html.replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>/u, "");
  } catch {
    return undefined;
  }
}

// A paper is shown on its page, in lists and feeds, and indexed: each formula is typeset once.
const typesetMath = new Map<string, string | undefined>();

/**
 * MathML for one formula, or undefined when KaTeX cannot typeset it as written (the caller then
 * shows the source as text). That includes commands KaTeX only runs when trusted (`\href`, `\url`,
 * `\includegraphics`, `\htmlClass`…): trust stays off, and KaTeX would show their bare name and
 * drop their arguments. The TeX annotation is dropped: it would be indexed and shown as raw TeX.
 */
export function renderMath(tex: string, display: boolean): string | undefined {
  const key = `${display ? "D" : "I"}${tex}`;
  if (!typesetMath.has(key)) typesetMath.set(key, typeset(tex, display));
  return typesetMath.get(key);
}
