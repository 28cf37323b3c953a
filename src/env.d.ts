declare namespace App {
  interface Locals {
    /** Reference numbers of the guide being rendered, by source anchor: its <Fact> and <Cite> elements print these. */
    guideSourceNumbers?: ReadonlyMap<string, number>;
  }
}
