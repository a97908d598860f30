/** The content model: pages from every content kind, the URL policy, and the site index. */
package handbook.content;
