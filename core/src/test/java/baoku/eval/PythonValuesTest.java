package baoku.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's str(), == and float formatting, as the reference scorer relies on them. */
class PythonValuesTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode json(String text) throws Exception {
    return mapper.readTree(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "null|None",
        "true|True",
        "4|4",
        "4.0|4.0",
        "1e-05|1e-05",
        "0.0001|0.0001",
        "1e16|1e+16",
        "2.5e-7|2.5e-07",
        "1234567890123456.7|1234567890123456.8",
        "-3.0|-3.0",
        "\"CN 51-0011\"|CN 51-0011",
        "[\"a\", 1]|['a', 1]"
      })
  void strAsPythonPrintsIt(String json, String python) throws Exception {
    assertThat(PythonValues.str(json(json))).isEqualTo(python);
  }

  @Test
  void equalityFollowsPython() throws Exception {
    assertThat(PythonValues.equal(json("2"), json("2.0"))).isTrue();
    assertThat(PythonValues.equal(json("true"), json("1"))).isTrue();
    assertThat(PythonValues.equal(json("2"), json("\"2\""))).isFalse();
    assertThat(PythonValues.equal(null, json("null"))).isTrue();
    assertThat(PythonValues.equal(json("[1, \"a\"]"), json("[1.0, \"a\"]"))).isTrue();
  }

  @Test
  void truthinessFollowsPython() throws Exception {
    assertThat(PythonValues.truthy(json("\"\""))).isFalse();
    assertThat(PythonValues.truthy(json("0"))).isFalse();
    assertThat(PythonValues.truthy(json("[]"))).isFalse();
    assertThat(PythonValues.truthy(json("\" \""))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "0.0625,3,0.062",
    "1.0005,3,1.000",
    "0.0005,3,0.001",
    "0.1235,3,0.123",
    "2.675,2,2.67"
  })
  void roundsAsPythonFormatDoes(double value, int places, String python) {
    assertThat(EvaluationReport.fixed(value, places)).isEqualTo(python);
  }
}
