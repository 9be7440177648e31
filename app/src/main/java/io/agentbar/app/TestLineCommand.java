package io.agentbar.app;

import io.agentbar.app.cli.Arguments;
import io.agentbar.app.cli.UsageException;
import io.agentbar.app.testline.TestLine;
import io.agentbar.app.testline.TestLineAssembly;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code agentbar test-line}: the built-in test line on its own, until the process is stopped. */
final class TestLineCommand {
    private TestLineCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException, IOException, InterruptedException {
        Arguments args = Arguments.parse(argv, Set.of("port"), Set.of());
        int port = args.intOption("port", 5070, 1, 65535);
        TestLineAssembly.Running running = TestLineAssembly.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }));
        out.println("test line on 127.0.0.1:" + running.port() + " (udp, tcp): call " + TestLine.ECHO
                + " for an echo, " + TestLine.TONE + " for a tone");
        out.flush();
        stopped.await();
        return 0;
    }
}
