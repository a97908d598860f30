/**
 * The runbooks kind: typed troubleshooting documents under {@code content/runbooks/}, with
 * required sections, a review date, an index by severity, service and symptom, and an alert
 * lookup ({@code runbooks/alerts/<AlertName>/}, {@code runbooks/alerts.json}).
 */
package handbook.runbooks;
