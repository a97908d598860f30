package handbook.course;

import handbook.yaml.YamlFields;
import java.util.Set;

/**
 * The {@code course:} section of {@code site.yaml}.
 *
 * @param strict false to read a course written elsewhere: front matter may be left out (titles
 *     from the first heading, module numbers from folder names), and a module needs no outcomes
 */
public record CourseSettings(boolean strict) {
  public static final CourseSettings DEFAULT = new CourseSettings(true);

  static CourseSettings read(YamlFields section) {
    if (section == null) {
      return DEFAULT;
    }
    section.rejectUnknownKeys(Set.of("strict"), "`course`");
    return new CourseSettings(section.bool("strict", true));
  }
}
