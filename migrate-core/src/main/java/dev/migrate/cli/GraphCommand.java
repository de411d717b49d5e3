package dev.migrate.cli;

import java.util.concurrent.Callable;

import dev.migrate.command.GraphFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate graph}: the revision graph as a Mermaid or Graphviz drawing.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
		description = "Draw the revision graph: Mermaid (renders in GitHub inside a ```mermaid block) or Graphviz dot.")
final class GraphCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Option(names = "--format", paramLabel = "FORMAT", description = "mermaid (the default) or dot.")
	private GraphFormat format = GraphFormat.MERMAID;

	GraphCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		this.cli.commands().graph(this.format);
		return 0;
	}

}
