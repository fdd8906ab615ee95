package baoku.enrich;

import baoku.page.EntityType;
import baoku.page.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds people, places and organisations in one text on its own, without a page around it: the
 * rules enrichment applies to an article, for measuring them on public test sets. A person's name
 * is marked wherever the text repeats it.
 */
public final class MentionRecognizer {
  private final Tagger tagger;
  private final PersonFinder people;
  private final EntityFinder entities;
  private final boolean nameShapedWords;

  /**
   * @param nameShapedWords whether a person is also any name-shaped word of the segmenter's (see
   *     {@link PersonFinder#mentionNames}), or only a name {@link PersonFinder#find} believes, as
   *     on pages
   */
  public MentionRecognizer(
      Tagger tagger, PersonFinder people, EntityFinder entities, boolean nameShapedWords) {
    this.tagger = tagger;
    this.people = people;
    this.entities = entities;
    this.nameShapedWords = nameShapedWords;
  }

  /** A recogniser with the word lists shipped with Baoku. */
  public static MentionRecognizer standard(Tagger tagger, boolean nameShapedWords) {
    EnrichCues cues = EnrichCues.standard();
    NameShape names = new NameShape(cues);
    BodyNameReader bodies = new BodyNameReader(cues);
    return new MentionRecognizer(
        tagger,
        new PersonFinder(
            cues,
            names,
            new TitleFinder(cues, names, new TitleScope(cues)),
            Enricher.standardNameModel(cues)),
        new EntityFinder(cues, bodies),
        nameShapedWords);
  }

  public List<Mention> recognise(String text) {
    List<Token> words = tagger.tag(text);
    List<String> names =
        new ArrayList<>(
            nameShapedWords
                ? people.mentionNames(text, words)
                : people.find(text, words).stream().map(Sighting::name).distinct().toList());
    names.sort((a, b) -> b.length() - a.length());
    return MentionStage.merge(MentionStage.people(text, names), entities.find(text, words));
  }

  /** HanLP's own reading, as it comes: every person, place and organisation word it tags. */
  public static List<Mention> tagged(List<Token> words) {
    List<Mention> out = new ArrayList<>();
    for (Token word : words) {
      EntityType type =
          word.tagged("nr")
              ? EntityType.PERSON
              : word.tagged("ns") ? EntityType.PLACE : word.tagged("nt") ? EntityType.ORG : null;
      if (type != null) {
        out.add(new Mention(type, word.text(), word.start(), word.end(), word.text()));
      }
    }
    return out;
  }
}
