package dev.migrate.command;

/**
 * The languages {@code graph} draws the revision graph in.
 */
public enum GraphFormat {

	/**
	 * A Mermaid flowchart, which GitHub and GitLab render inside a {@code ```mermaid} block.
	 */
	MERMAID,

	/**
	 * A Graphviz digraph, for {@code dot -Tsvg}.
	 */
	DOT

}
