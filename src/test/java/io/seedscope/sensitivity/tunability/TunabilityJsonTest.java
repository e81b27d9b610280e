package io.seedscope.sensitivity.tunability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.model.Config;
import io.seedscope.model.Goal;
import io.seedscope.sensitivity.space.FloatParam;
import io.seedscope.sensitivity.space.ParamEncoding;
import io.seedscope.sensitivity.space.SearchSpace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TunabilityJsonTest {

  @Test
  void serializesWithCamelCaseFields() throws Exception {
    SearchSpace s = new SearchSpace(List.of(new FloatParam("lr", 0, 1, false, null, null)));
    Config def = Config.of(Map.of("lr", "0"));
    TunabilityResult r =
        Tunability.compute(
            x -> x[0],
            ParamEncoding.of(s, def),
            def,
            Goal.MAXIMIZE,
            List.of(),
            new TunabilityOptions(5, 0, 0, 0.95, 0));
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
    assertEquals("lr", json.get("tunability").get(0).get("param").asText());
    assertEquals(1.0, json.get("tunability").get(0).get("gain").asDouble());
    assertEquals(1.0, json.get("tunability").get(0).get("high").asDouble());
    assertEquals(1.0, json.get("overall").get("gain").asDouble());
    assertEquals("1", json.get("overall").get("bestConfig").get("lr").asText());
    assertEquals("maximize", json.get("goal").asText());
  }
}
