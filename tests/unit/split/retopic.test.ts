import { describe, expect, it } from "vitest";
import { mergeTopics } from "../../../src/split/retopic.ts";

describe("mergeTopics", () => {
  it("follows the taxonomy where a person did not intervene", () => {
    expect(mergeTopics(["a", "b"], ["a", "b"], ["a", "c"])).toEqual(["a", "c"]);
  });
  it("keeps topics a person added and leaves out those a person removed", () => {
    expect(mergeTopics(["a", "mine"], ["a", "b"], ["b", "a", "c"])).toEqual(["a", "c", "mine"]);
  });
});
