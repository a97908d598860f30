package handbook.versions;

import handbook.source.SourceTree;

/**
 * A released version found in git.
 *
 * @param label the tag name
 * @param commit the commit id
 * @param date the commit date, ISO-8601
 * @param content the tag's content folder
 * @param templates the tag's templates folder, or null when the tag has none
 */
public record Release(String label, String commit, String date, SourceTree content, SourceTree templates) {}
