package baoku.eval;

import baoku.enrich.EnrichCues;
import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.enrich.MentionRecognizer;
import baoku.enrich.Tagger;
import baoku.enrich.names.NameModel;
import baoku.enrich.names.NameSpan;
import baoku.page.EntityType;
import baoku.page.Mention;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Measures entity recognition on a BIO test set, exact span match per type: HanLP as it comes
 * beside Baoku's rules around it, so the gain of the rules shows.
 */
public final class NerEvaluation {
  /** A way of reading sentences, by name. */
  public record Recogniser(String name, Function<String, List<Mention>> recognise) {}

  private final List<Recogniser> systems;

  public NerEvaluation(List<Recogniser> systems) {
    this.systems = List.copyOf(systems);
  }

  /**
   * HanLP portable out of the box; the person-name model alone; Baoku's enrichment as pages get it
   * (people by title, context or the name model); and the same with every name-shaped person word
   * of HanLP's.
   */
  public static NerEvaluation standard() {
    Tagger outOfTheBox = HanLpTagger.withOrganisations();
    HanLpTagger tagger = new HanLpTagger();
    NameModel model = Enricher.standardNameModel(EnrichCues.standard());
    return new NerEvaluation(
        List.of(
            new Recogniser(
                "HanLP portable 1.8.6, out of the box",
                text -> MentionRecognizer.tagged(outOfTheBox.tag(text))),
            new Recogniser("Baoku person-name model alone", text -> learned(model, tagger, text)),
            new Recogniser(
                "Baoku enrichment, people as on pages",
                MentionRecognizer.standard(tagger, false)::recognise),
            new Recogniser(
                "Baoku rules, people also by name shape",
                MentionRecognizer.standard(tagger, true)::recognise)));
  }

  private static List<Mention> learned(NameModel model, Tagger tagger, String text) {
    List<Mention> out = new ArrayList<>();
    for (NameSpan span : model.find(text, tagger.tag(text))) {
      String name = text.substring(span.start(), span.end());
      out.add(new Mention(EntityType.PERSON, name, span.start(), span.end(), name));
    }
    return out;
  }

  /** The scores of each system on one test set, in the order the systems were given. */
  public record Result(int sentences, List<String> names, List<NerScores> scores) {}

  public Result evaluate(List<BioCorpus.Sentence> sentences) {
    List<NerScores> scores = systems.stream().map(s -> new NerScores()).toList();
    for (BioCorpus.Sentence sentence : sentences) {
      Set<EntitySpan> gold = new HashSet<>(sentence.entities());
      for (int i = 0; i < systems.size(); i++) {
        scores.get(i).add(gold, spans(systems.get(i).recognise().apply(sentence.text())));
      }
    }
    return new Result(sentences.size(), systems.stream().map(Recogniser::name).toList(), scores);
  }

  private static Set<EntitySpan> spans(List<Mention> mentions) {
    Set<EntitySpan> out = new HashSet<>();
    for (Mention m : mentions) {
      out.add(new EntitySpan(m.type(), m.start(), m.end()));
    }
    return out;
  }

  public Result evaluate(Path file) throws IOException {
    return evaluate(BioCorpus.read(file));
  }

  /** The scores as text: a heading, then each system's lines. */
  public static String report(String name, Result result) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(name).append(" (").append(result.sentences()).append(" sentences)\n");
    for (int i = 0; i < result.names().size(); i++) {
      out.append(result.names().get(i)).append(":\n").append(result.scores().get(i).summary());
    }
    return out.toString();
  }
}
