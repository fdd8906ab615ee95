package baoku.testing;

import baoku.page.Page;
import baoku.page.PageJson;
import baoku.resource.ResourceLoader;
import java.util.List;

/** The two sample front pages of 乐山日报, as parsed pages (see resources baoku/samples). */
public final class SamplePages {
  public static final String PAPER = "乐山日报";
  public static final String PAGE_2022 = "leshan-daily-2022-07-23-p1";
  public static final String PAGE_2024 = "leshan-daily-2024-09-16-p1";

  private final ResourceLoader resources = new ResourceLoader();
  private final PageJson json = new PageJson();

  public Page page(String name) {
    return json.read(resources.text("samples/" + name + ".gold.json"));
  }

  public String json(String name) {
    return resources.text("samples/" + name + ".gold.json");
  }

  public List<Page> both() {
    return List.of(page(PAGE_2022), page(PAGE_2024));
  }
}
