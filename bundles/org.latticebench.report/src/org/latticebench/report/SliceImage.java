package org.latticebench.report;

/**
 * One rendered slice of one plan, ready to inline.
 *
 * @param caption what the picture shows (plane, position), plain text
 * @param png     the PNG bytes
 * @since 0.1
 */
public record SliceImage(String plan, String caption, int widthPx, int heightPx, byte[] png) {
}
