package baoku.page;

/** A photo printed with an article: its caption and credit (供图, 摄), either may be absent. */
public record Image(String caption, String credit) {}
