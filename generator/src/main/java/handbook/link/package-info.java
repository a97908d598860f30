/** Link checking and resolution: every link in the content against the site index. */
package handbook.link;
