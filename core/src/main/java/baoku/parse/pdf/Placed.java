package baoku.parse.pdf;

import baoku.page.Region;

/** Anything that stands somewhere on a page. */
interface Placed {
  Region box();

  /** Whether this is set in headline type. */
  default boolean isHeadline() {
    return false;
  }
}
