package vn.lienthong.launcher.npd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import picocli.CommandLine;
import vn.lienthong.launcher.Lienthong;
import vn.lienthong.routes.provider.messaging.BrokerSettings;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.npd.NpdDemoCitizens;
import vn.lienthong.routes.provider.npd.NpdProviderSystem;
import vn.lienthong.routes.provider.npd.store.NpdDatabase;

/** {@code lienthong npd ...} against a running NPD provider: held updates and dead letters, and each failure in one line. */
class NpdCommandTest {

    private record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @Test
    void anOperatorListsAHeldUpdateAcceptsItAndCannotAcceptItTwice() throws Exception {
        try (NpdProviderSystem npd = startNpd()) {
            String pin = NpdDemoCitizens.TON_THAT_BAO;
            String url = "http://127.0.0.1:" + npd.port();
            NpdSources.changeField(npd, NpdSources.CIVIL_STATUS, "HT-CLI-1", pin, "NAME_CHANGED", "fullName", "Tôn Thất Bảo Long");
            NpdSources.changeField(npd, NpdSources.RESIDENCE, "CT-CLI-1", pin, "RECORD_CORRECTED", "fullName", "Tôn Thất Bảo");

            Run list = npd("held", "list", "--url", url);
            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.lines()).hasSize(3);
            assertThat(list.lines().get(0).split(" {2,}"))
                    .containsExactly("UPDATE", "CITIZEN", "SOURCE", "EVENT", "RECEIVED", "CHANGES", "CONFLICTS");
            assertThat(list.lines().get(1).split(" {2,}")).startsWith("CT-CLI-1", pin, NpdSources.RESIDENCE, "RECORD_CORRECTED");
            assertThat(list.lines().get(2)).isEqualTo("1 held update(s)");

            Run noNote = npd("held", "accept", "CT-CLI-1", "--operator", "operator.hanoi", "--url", url);
            assertThat(noNote.exitCode()).isEqualTo(2);
            assertThat(noNote.err()).startsWith("Missing required option: '--note=TEXT'");

            Run accepted = npd("held", "accept", "CT-CLI-1", "--operator", "operator.hanoi",
                    "--note", "checked with the civil status agency", "--url", url);
            assertThat(accepted.exitCode()).as(accepted.err()).isZero();
            assertThat(accepted.out()).isEqualTo("update CT-CLI-1: APPLIED, version 3 of citizen " + pin + "\n");
            assertThat(npd.operator().heldUpdates()).isEmpty();

            Run twice = npd("held", "reject", "CT-CLI-1", "--operator", "operator.hanoi", "--note", "again", "--url", url);
            assertThat(twice.exitCode()).isEqualTo(2);
            assertThat(twice.out()).isEmpty();
            assertThat(twice.err()).isEqualTo("lienthong npd held reject: update CT-CLI-1 is APPLIED, not held:"
                    + " it was resolved already or never held" + System.lineSeparator());

            Run unknown = npd("held", "reject", "CT-NONE", "--operator", "operator.hanoi", "--note", "n", "--url", url);
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).isEqualTo("lienthong npd held reject: no update CT-NONE was received" + System.lineSeparator());

            assertThat(npd("held", "list", "--url", url).lines()).containsExactly(
                    "UPDATE  CITIZEN  SOURCE  EVENT  RECEIVED  CHANGES  CONFLICTS", "0 held update(s)");
        }
    }

    @Test
    void anOperatorListsTheDeadLettersAndReplaysThem() throws Exception {
        BrokerSettings quick = new BrokerSettings(2, Duration.ofMillis(20), 2.0, Duration.ofMillis(100));
        try (MessageBroker broker = MessageBroker.inMemory(quick);
                NpdProviderSystem npd = NpdProviderSystem.builder().port(NpdSources.freePort())
                        .dataSource(NpdDatabase.inMemory("npd-cli-" + UUID.randomUUID())).broker(broker)
                        .deliveryPolicy(new QueueDeliveryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(20))).start()) {
            String url = "http://127.0.0.1:" + npd.port();
            NpdSources.subscribeUnreachable(npd);
            NpdSources.registerDeath(npd, "KT-CLI-1", NpdDemoCitizens.TON_THAT_BAO);

            Run list = await().atMost(Duration.ofSeconds(30))
                    .until(() -> npd("dead-letters", "list", "--url", url), run -> run.lines().size() == 3);
            assertThat(list.lines().get(0).split(" {2,}")).containsExactly("MESSAGE", "QUEUE", "DELIVERIES", "SENT", "KEY");
            String[] letter = list.lines().get(1).split(" {2,}");
            assertThat(letter[1]).isEqualTo("npd.notifications");
            assertThat(list.lines().get(2)).isEqualTo("1 dead letter(s)");

            Run unknown = npd("dead-letters", "replay", "ID:no-such-message", "--url", url);
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).isEqualTo("lienthong npd dead-letters replay: no dead letter ID:no-such-message"
                    + " is in the dead-letter queue" + System.lineSeparator());

            Run replayed = npd("dead-letters", "replay", letter[0], "--url", url);
            assertThat(replayed.exitCode()).as(replayed.err()).isZero();
            assertThat(replayed.out()).isEqualTo("replayed " + letter[0] + " to its queue\n");
            await("the replayed copy fails again and is a new dead letter").atMost(Duration.ofSeconds(30))
                    .until(() -> npd("dead-letters", "list", "--url", url).lines(),
                            lines -> lines.size() == 3 && !lines.get(1).startsWith(letter[0]));

            Run both = npd("dead-letters", "replay", letter[0], "--all", "--url", url);
            assertThat(both.exitCode()).isEqualTo(2);
            assertThat(both.err()).contains("mutually exclusive");
        }
    }

    @Test
    void withoutAProviderTheCommandSaysSoInOneLine() {
        String url = "http://127.0.0.1:" + NpdSources.freePort();

        Run run = npd("dead-letters", "replay", "--all", "--url", url);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("lienthong npd dead-letters replay: the NPD provider at " + url
                + ": nothing answers; is it running ('lienthong demo')? give its address with --url" + System.lineSeparator());
    }

    @Test
    void anotherServerOnTheUrlIsToldApartFromTheProvider() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            byte[] body = "Not found\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        try {
            String url = "http://127.0.0.1:" + other.getAddress().getPort();

            Run run = npd("held", "list", "--url", url);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("lienthong npd held list: " + url + " answered HTTP 404, not as the NPD"
                    + " provider's operator endpoint: give the NPD provider's address with --url" + System.lineSeparator());
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aUrlThatIsNoProviderAddressIsRefused() {
        Run run = npd("held", "list", "--url", "ftp://127.0.0.1:8090");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lienthong npd held list: --url ftp://127.0.0.1:8090 is not the NPD provider's"
                + " http://HOST:PORT (the demo's is http://127.0.0.1:8090)" + System.lineSeparator());
    }

    private static NpdProviderSystem startNpd() {
        return NpdProviderSystem.start(NpdSources.freePort(), NpdDatabase.inMemory("npd-cli-" + UUID.randomUUID()));
    }

    private static Run npd(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Lienthong.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "npd";
        System.arraycopy(args, 0, all, 1, args.length);
        int exitCode = cli.execute(all);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
