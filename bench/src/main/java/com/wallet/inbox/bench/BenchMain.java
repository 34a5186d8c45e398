package com.wallet.inbox.bench;

import com.wallet.inbox.bench.barehttp.BareHttpCommand;
import com.wallet.inbox.bench.ceiling.BulkInsertCommand;
import com.wallet.inbox.bench.ceiling.KafkaProduceCommand;
import com.wallet.inbox.bench.drain.DrainCommand;
import com.wallet.inbox.bench.load.LoadCommand;
import com.wallet.inbox.bench.summary.SummarizeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar inbox-bench.jar <command>}: every command is bounded in count and time and talks to loopback only. */
@Command(
        name = "inbox-bench",
        mixinStandardHelpOptions = true,
        description = "Load generator for the inbox service and the ceilings it is compared with.",
        subcommands = {
            LoadCommand.class,
            BareHttpCommand.class,
            KafkaProduceCommand.class,
            DrainCommand.class,
            BulkInsertCommand.class,
            SummarizeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BenchMain implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a bad option value is a usage error, not a stack trace. */
    public static CommandLine commandLine() {
        return new CommandLine(new BenchMain()).setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println(e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            throw e;
        });
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
