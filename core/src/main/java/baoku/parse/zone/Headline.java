package baoku.parse.zone;

/**
 * The printed headline of an article, part by part; any part may be null.
 *
 * @param column the 栏目 banner
 * @param kicker the 引题
 * @param title the 主题
 * @param subtitle the 副题
 */
public record Headline(String column, String kicker, String title, String subtitle) {}
