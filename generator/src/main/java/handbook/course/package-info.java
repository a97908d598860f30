/** The course kind: {@code content/course/}, its modules and lessons, progress, quizzes, exercises and videos. */
package handbook.course;
