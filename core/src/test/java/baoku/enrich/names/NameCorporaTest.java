package baoku.enrich.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameCorporaTest {
  @TempDir Path dir;

  @Test
  void bioFilesGivePersonNamesOnlyWeibosNominalMentionsLeftOut() throws Exception {
    Path file = dir.resolve("weibo.bio");
    Files.writeString(
        file,
        "张0\tB-PER.NAM\n三1\tI-PER.NAM\n和0\tO\n老0\tB-PER.NOM\n师1\tI-PER.NOM\n在0\tO\n京0\tB-LOC\n\n"
            + "高 B-NAME\n勇 E-NAME\n王 S-NAME\n",
        StandardCharsets.UTF_8);
    List<NameTrainer.Example> read = NameCorpora.bio(file);
    assertThat(read).hasSize(2);
    assertThat(read.get(0).text()).isEqualTo("张三和老师在京");
    assertThat(read.get(0).names()).containsExactly(new NameSpan(0, 2));
    assertThat(read.get(1).names()).containsExactly(new NameSpan(0, 2), new NameSpan(2, 3));
  }

  @Test
  void pairedFilesAndClueNerJson() throws Exception {
    Path sentences = dir.resolve("s.txt");
    Path tags = dir.resolve("t.txt");
    Files.writeString(sentences, "黄 登 仁 任 职\n", StandardCharsets.UTF_8);
    Files.writeString(tags, "B-PER I-PER I-PER O O\n", StandardCharsets.UTF_8);
    assertThat(NameCorpora.paired(sentences, tags).get(0).names())
        .containsExactly(new NameSpan(0, 3));

    Path json = dir.resolve("c.json");
    Files.writeString(
        json,
        "{\"text\": \"浙商银行叶老桂博士\", \"label\": {\"name\": {\"叶老桂\": [[4, 6]]},"
            + " \"company\": {\"浙商银行\": [[0, 3]]}}}\n{\"text\": \"无人\", \"label\": {}}\n",
        StandardCharsets.UTF_8);
    List<NameTrainer.Example> read = NameCorpora.cluener(json);
    assertThat(read).hasSize(2);
    assertThat(read.get(0).names()).containsExactly(new NameSpan(4, 7));
    assertThat(read.get(1).names()).isEmpty();
  }
}
