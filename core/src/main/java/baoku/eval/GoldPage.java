package baoku.eval;

import baoku.parse.PageHints;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * A page with its gold: {@code NAME.gold.json}, the raw text {@code NAME.txt} beside it, and the
 * hints of {@code NAME.meta.json} (none when absent).
 */
public record GoldPage(String name, JsonNode gold, Path text, PageHints hints) {}
