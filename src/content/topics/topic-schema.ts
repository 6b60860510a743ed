/** The frontmatter of a topic file, `content/topics/<id>.md`; its body is the description. */
import { z } from "zod";

export const topicFrontmatterSchema = z.strictObject({
  /** Display name, e.g. "Parameter-efficient fine-tuning". */
  name: z.string().trim().min(1),
  /** Words or phrases that mark a paper as on this topic; case and plurals are ignored. */
  phrases: z.array(z.string().trim().min(1)).min(1),
});

export interface Topic {
  /** The file name without `.md`: the URL segment under /topics/. */
  id: string;
  name: string;
  /** The file's body: a sentence or two about the topic. */
  description: string;
  phrases: string[];
}
