package handbook.build;

import handbook.checklist.ChecklistKind;
import handbook.content.ContentKind;
import handbook.course.CourseKind;
import handbook.docs.DocsKind;
import handbook.openapi.ApiReferenceKind;
import handbook.runbooks.RunbooksKind;
import java.util.List;

/** The content kinds of a standard site, in the order they load. */
public final class SiteKinds {
  private SiteKinds() {}

  public static List<ContentKind<?>> standard() {
    return List.of(new DocsKind(), new ChecklistKind(), new ApiReferenceKind(), new RunbooksKind(), new CourseKind());
  }
}
