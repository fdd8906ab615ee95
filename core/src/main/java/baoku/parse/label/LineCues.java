package baoku.parse.label;

import baoku.parse.ParserCues;
import baoku.parse.zone.BylineParser;
import baoku.parse.zone.CaptionParser;
import baoku.parse.zone.Jump;
import baoku.parse.zone.JumpParser;
import baoku.parse.zone.MastheadParser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a typesetter's or editor's word lists say of one line — a dateline opens it, it reads as a
 * byline, a caption, a credit, a jump, an editors' line, a masthead line. The labeller takes these
 * as evidence, weighed with everything else, never as verdicts.
 */
public record LineCues(
    JumpParser jumps,
    BylineParser bylines,
    CaptionParser captions,
    MastheadParser mastheads,
    List<Pattern> editorLines) {

  /** The cues' readers, each built from the word lists of {@code cues}. */
  public static LineCues of(ParserCues cues) {
    return new LineCues(
        new JumpParser(cues),
        new BylineParser(cues),
        new CaptionParser(cues),
        new MastheadParser(cues),
        cues.editorLines());
  }

  /** The cue features of {@code text}, added to {@code out}. */
  void describe(String text, List<String> out) {
    Optional<Jump> jump = jumps.find(text);
    String rest = text;
    if (jump.isPresent()) {
      Jump j = jump.get();
      boolean whole = jumps.isWholeLine(text, j);
      out.add(whole ? "jump" : "jump-inline");
      out.add(j.forward() ? "jump-on" : "jump-from");
      if (whole) {
        return;
      }
      rest = (text.substring(0, j.start()) + text.substring(j.end())).strip();
    }
    if (bylines.opensWithDateline(rest)) {
      out.add("dateline");
    }
    if (text.length() <= 40) {
      if (bylines.parseLine(rest).isPresent()) {
        out.add("byline");
      }
      if (captions.isCredit(rest)) {
        out.add("credit");
      }
      if (mastheads.isMastheadLine(rest)) {
        out.add("masthead");
      }
    }
    if (captions.captionLine(rest).isPresent()) {
      out.add("caption");
    }
    for (Pattern p : editorLines) {
      if (p.matcher(text).find()) {
        out.add("editors");
        break;
      }
    }
  }
}
