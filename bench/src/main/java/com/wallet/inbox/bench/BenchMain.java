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

    /** The common pool's size when the JVM would otherwise give it a single thread. */
    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) {
        keepAsyncCompletionsOnAPool();
        System.exit(commandLine().execute(args));
    }

    /**
     * The JDK's {@code HttpClient} completes every {@code sendAsync} future through the default async
     * executor of {@code CompletableFuture}. On a two-core machine the common pool gets a parallelism of one,
     * and that executor then starts a new thread for every task: one thread per HTTP response, which made
     * the load generator, not the server, the limit of the bare-HTTP ceiling. Must run before anything
     * touches the common pool; an explicit setting on the command line wins.
     */
    static void keepAsyncCompletionsOnAPool() {
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null) {
            int processors = Runtime.getRuntime().availableProcessors();
            System.setProperty(COMMON_POOL_PARALLELISM, Integer.toString(Math.max(2, processors - 1)));
        }
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
