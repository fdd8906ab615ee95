package baoku.enrich;

import baoku.resource.ResourceLoader;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists enrichment consults, loaded once from resources under {@code /baoku/enrich/}: what
 * a newspaper reader knows about titles and names lives there, not in code.
 *
 * @param officialTitles posts of public office (书记, 市长, 主任), the core of a title
 * @param otherTitles titles outside public office (总经理, 教授)
 * @param titlePrefixes words before a core that belong to it (副, 常务副)
 * @param titlesAfterName titles printed after a name (习近平总书记)
 * @param scopeWords words that may open a title's scope (市委, 省, 人大常委会)
 * @param unitSuffixes how the name of a body ends (局, 委员会, 有限公司)
 * @param companySuffixes bodies outside public office (公司, 集团)
 * @param surnames family names, single and compound
 * @param speechCues words that follow a person's name (说, 表示)
 * @param personNouns words before a name that say what the person is (村民, 游客)
 * @param officialNouns words before a name that say the person holds office (市领导)
 * @param titleBreaks words that end a title's scope read leftwards (的, 和)
 * @param placeSuffixes how the name of a place ends (省, 自治县, 镇)
 * @param orgSuffixes how the name of an organisation ends (局, 公司, 委员会)
 * @param notPlaceStarts characters a guessed place name cannot start with (三楼, 从市)
 * @param notInGivenNames characters given names avoid: function words (即, 的, 了)
 * @param aliasDeclarations how a text declares a short form for the name before it, group "alias"
 * @param formsOfAddress what follows a family name to address a person without the full name (大妈,
 *     女士, 师傅, 主席)
 * @param addressPrefixes what opens a familiar form of address before a family name (老, 小)
 * @param notNames words shaped like names that name no person (党中央)
 * @param notTitles words tagged as posts that are no titles (记者, 志愿者)
 * @param titleJoiners what joins the posts one person holds (、, 兼)
 * @param reporterNouns words just before a name that say the person reported the story (记者)
 * @param reporterVerbs words just after a list of names that say they reported the story (参与采写)
 * @param officialAfterName words just after a name that say the person holds office (同志)
 * @param civilBodies how bodies outside government end (医院, 大学, 理事会): their heads are no officials
 */
public record EnrichCues(
    Set<String> officialTitles,
    Set<String> otherTitles,
    List<String> titlePrefixes,
    Set<String> titlesAfterName,
    Set<String> scopeWords,
    List<String> unitSuffixes,
    List<String> companySuffixes,
    Set<String> surnames,
    Set<String> speechCues,
    Set<String> personNouns,
    Set<String> officialNouns,
    Set<String> titleBreaks,
    List<String> placeSuffixes,
    List<String> orgSuffixes,
    String notPlaceStarts,
    String notInGivenNames,
    List<Pattern> aliasDeclarations,
    Set<String> formsOfAddress,
    Set<String> addressPrefixes,
    Set<String> notNames,
    Set<String> notTitles,
    Set<String> titleJoiners,
    Set<String> reporterNouns,
    Set<String> reporterVerbs,
    Set<String> officialAfterName,
    List<String> civilBodies) {

  private static final String DIR = "enrich/";

  public static EnrichCues load(ResourceLoader loader) {
    return new EnrichCues(
        set(loader, "titles-official.txt"),
        set(loader, "titles-other.txt"),
        longestFirst(loader, "title-prefixes.txt"),
        set(loader, "titles-after-name.txt"),
        set(loader, "scope-words.txt"),
        longestFirst(loader, "unit-suffixes.txt"),
        longestFirst(loader, "company-suffixes.txt"),
        set(loader, "surnames.txt"),
        set(loader, "speech-cues.txt"),
        set(loader, "person-nouns.txt"),
        set(loader, "official-nouns.txt"),
        set(loader, "title-breaks.txt"),
        longestFirst(loader, "place-suffixes.txt"),
        longestFirst(loader, "org-suffixes.txt"),
        String.join("", loader.entries(DIR + "not-place-starts.txt")),
        String.join("", loader.entries(DIR + "not-in-given-names.txt")),
        loader.patterns(DIR + "alias-declarations.txt"),
        set(loader, "forms-of-address.txt"),
        set(loader, "address-prefixes.txt"),
        set(loader, "not-names.txt"),
        set(loader, "not-titles.txt"),
        set(loader, "title-joiners.txt"),
        set(loader, "reporter-nouns.txt"),
        set(loader, "reporter-verbs.txt"),
        set(loader, "official-after-name.txt"),
        longestFirst(loader, "civil-bodies.txt"));
  }

  /** The cues shipped with Baoku. */
  public static EnrichCues standard() {
    return load(new ResourceLoader());
  }

  /** Whether {@code word} is a title's core, with or without a prefix (副市长, 常务副省长). */
  public boolean isTitle(String word) {
    return isCoreTitle(stripPrefix(word));
  }

  public boolean isCoreTitle(String word) {
    return officialTitles.contains(word) || otherTitles.contains(word);
  }

  /** {@code word} without a title prefix it starts with, if what is left is a title. */
  public String stripPrefix(String word) {
    for (String prefix : titlePrefixes) {
      if (word.startsWith(prefix) && word.length() > prefix.length()) {
        String rest = word.substring(prefix.length());
        if (isCoreTitle(rest)) {
          return rest;
        }
        String stripped = stripPrefix(rest); // 第一 副 总理
        if (!stripped.equals(rest)) {
          return stripped;
        }
      }
    }
    return word;
  }

  /** The family name {@code name} starts with, or {@code null}: compound names first. */
  public String surnameOf(String name) {
    if (name.length() >= 3 && surnames.contains(name.substring(0, 2))) {
      return name.substring(0, 2);
    }
    return !name.isEmpty() && surnames.contains(name.substring(0, 1)) ? name.substring(0, 1) : null;
  }

  public boolean endsWithAny(String text, List<String> suffixes) {
    for (String suffix : suffixes) {
      if (text.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> set(ResourceLoader loader, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String entry : loader.entries(DIR + name)) {
      out.addAll(Arrays.asList(entry.split("\\s+")));
    }
    return Set.copyOf(out);
  }

  private static List<String> longestFirst(ResourceLoader loader, String name) {
    return set(loader, name).stream()
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
        .toList();
  }
}
