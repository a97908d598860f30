package handbook.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void hoursAndMinutesParseToMinutes() {
    assertEquals(OptionalInt.of(120), Durations.parse("2 t"));
    assertEquals(OptionalInt.of(90), Durations.parse("90 min"));
    assertEquals(OptionalInt.of(90), Durations.parse("1 t 30 min"));
    assertEquals(OptionalInt.of(180), Durations.parse(" 3 timer "));
    assertEquals(OptionalInt.of(60), Durations.parse("1 time"));
    assertEquals(OptionalInt.of(90), Durations.parse("1h30m"));
    assertEquals(OptionalInt.of(45), Durations.parse("45 minutter"));
    assertEquals(OptionalInt.of(120), Durations.parse("2 T"));
  }

  @Test
  void textsThatAreNoDurationsAreRejected() {
    for (String s : List.of("", "   ", "90", "2", "to timer", "1,5 t", "0 min", "-1 t", "t", "30 min 1 t", "2 dager")) {
      assertTrue(Durations.parse(s).isEmpty(), s);
    }
    assertTrue(Durations.parse(null).isEmpty());
  }

  @Test
  void minutesPrintInTheShortForm() {
    assertEquals("2 t", Durations.format(120, "t"));
    assertEquals("1 t 30 min", Durations.format(90, "t"));
    assertEquals("45 min", Durations.format(45, "t"));
    assertEquals("11 t", Durations.format(660, "t"));
    assertEquals("1 h 5 min", Durations.format(65, "h"));
  }
}
