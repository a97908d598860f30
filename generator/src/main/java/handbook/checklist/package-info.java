/** The production-readiness checklist: {@code content/checklist.yaml}, its scores, dashboard and embeds. */
package handbook.checklist;
