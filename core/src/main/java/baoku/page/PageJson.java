package baoku.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Reads and writes pages as the parsed-page JSON of {@code docs/page-schema.md}. */
public final class PageJson {
  private final ObjectMapper mapper;

  public PageJson() {
    mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public String write(Page page) {
    return write(page, true);
  }

  public String write(Object value, boolean pretty) {
    try {
      return pretty
          ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value)
          : mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  public Page read(String json) {
    try {
      return mapper.readValue(json, Page.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a parsed page: " + e.getOriginalMessage(), e);
    }
  }

  /** The configured mapper, for callers that write other records in the same conventions. */
  public ObjectMapper mapper() {
    return mapper;
  }
}
