package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two analyses written to one directory keep their own manifests. */
class ManifestPlacementTest {
  @TempDir Path dir;

  @Test
  void eachAnalysisKeepsItsManifest() throws Exception {
    Path csv = dir.resolve("r.csv");
    Files.writeString(
        csv, "implementation,seed,return\na,0,1\na,1,2\na,2,4\nb,0,3\nb,1,5\nb,2,6\n");
    Path out = Files.createDirectory(dir.resolve("out"));
    for (String name : new String[] {"analysis.json", "ppo.json", "sac.json"}) {
      Cli.Result r =
          Cli.run(
              "analyze",
              csv.toString(),
              "--json",
              out.resolve(name).toString(),
              "--resamples",
              "200");
      assertEquals(0, r.code(), r.all());
    }
    assertTrue(Files.exists(out.resolve("manifest.json")));
    assertTrue(Files.exists(out.resolve("ppo.manifest.json")));
    assertTrue(Files.exists(out.resolve("sac.manifest.json")));
    assertTrue(
        Json.read(out.resolve("sac.manifest.json"))
            .path("command")
            .toString()
            .contains("sac.json"));
  }
}
