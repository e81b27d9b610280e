package io.seedscope.execute;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StragglersTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void matchesWholeEntriesOnly() {
    byte[] env = b("PATH=/bin\0SEEDSCOPE_ATTEMPT=12-3\0HOME=/root\0");
    assertTrue(Stragglers.containsEntry(env, b("SEEDSCOPE_ATTEMPT=12-3")));
    assertFalse(Stragglers.containsEntry(env, b("SEEDSCOPE_ATTEMPT=12-")), "a prefix of a value");
    assertFalse(Stragglers.containsEntry(env, b("SEEDSCOPE_ATTEMPT=12-30")));
    assertFalse(Stragglers.containsEntry(env, b("ATTEMPT=12-3")), "a suffix of a name");
    assertTrue(Stragglers.containsEntry(b("SEEDSCOPE_ATTEMPT=1-1"), b("SEEDSCOPE_ATTEMPT=1-1")));
    assertFalse(Stragglers.containsEntry(new byte[0], b("SEEDSCOPE_ATTEMPT=1-1")));
  }

  @Test
  void onlyProcessesOfThisUserStartedSinceTheAttemptAreCandidates() {
    ProcessHandle self = ProcessHandle.current();
    java.util.Optional<String> user = self.info().user();
    assertTrue(Stragglers.eligible(self, user, java.time.Instant.EPOCH));
    assertFalse(
        Stragglers.eligible(self, user, java.time.Instant.now().plusSeconds(60)),
        "started before the attempt: a reused pid or an older process");
    org.junit.jupiter.api.Assumptions.assumeTrue(user.isPresent());
    assertFalse(
        Stragglers.eligible(
            self, java.util.Optional.of(user.get() + "-other"), java.time.Instant.EPOCH),
        "another user's process");
  }

  @Test
  void markersCarryRandomBitsBesidesPidAndNumber() {
    String m = Stragglers.newMarker(7);
    assertTrue(m.matches(ProcessHandle.current().pid() + "-[0-9a-f]{1,16}-7"), m);
    assertFalse(m.equals(ProcessHandle.current().pid() + "-7"));
  }
}
