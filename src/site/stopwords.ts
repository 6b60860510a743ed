/**
 * Words that say nothing about what a paper is about: English function words and the stock
 * phrases of abstracts. Used by related-paper scoring.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost also although among an and another any are
  as at be because been before being below between both but by can cannot could did do does doing
  done down during each either enough even ever every few for from further had has have having he
  her here hers herself him himself his how however i if in into is it its itself just less many
  may me might more most much must my myself neither no nor not now of off often on once one only
  or other others our ours ourselves out over own per rather same she should since so some such
  than that the their theirs them themselves then there these they this those through thus to too
  under until up upon us very via was we were what when where whether which while who whom whose
  why will with within without would yet you your yours yourself yourselves
  paper papers propose proposed proposes present presents show shows shown study studies work
  works approach approaches method methods result results new novel based using use used uses
  well also first second two three existing different various significant significantly key
  however furthermore moreover specifically particular particularly often widely recent recently
  demonstrate demonstrates achieve achieves achieving performance experiments experimental
  extensive state art outperforms outperform code available https http github com`.split(/\s+/u),
);
