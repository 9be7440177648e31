package io.agentbar.app.cli;

import io.agentbar.app.PhoneAssembly;
import io.agentbar.core.phone.Phone;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code agentbar register}: registers, prints the final state, unregisters; exit 0 only if registered. */
public final class RegisterCommand extends HeadlessCommand {
    public RegisterCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    public int run(List<String> argv, Map<String, String> env) throws Exception {
        Arguments args = Arguments.parse(argv, AccountOptions.NAMES, AccountOptions.SWITCHES);
        if (!args.positionals().isEmpty()) {
            throw new UsageException("register takes no positional argument: " + args.positionals().getFirst());
        }
        AccountOptions account = AccountOptions.from(args, env);
        Phone phone = open(PhoneAssembly.Options.silent(account));
        try {
            return register(phone) ? 0 : 1;
        } finally {
            phone.shutdown(Duration.ofSeconds(3));
        }
    }
}
