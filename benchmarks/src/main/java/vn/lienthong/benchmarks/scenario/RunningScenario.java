package vn.lienthong.benchmarks.scenario;

import java.util.ArrayList;
import java.util.List;
import vn.lienthong.benchmarks.driver.ConsumerSystem;
import vn.lienthong.benchmarks.process.JavaProcess;

/** A started scenario: its server JVMs (stopped in reverse order on close) and its consumer. */
public record RunningScenario(List<JavaProcess> servers, ConsumerSystem consumer) implements AutoCloseable {

    public RunningScenario {
        servers = List.copyOf(servers);
    }

    @Override
    public void close() {
        List<JavaProcess> reversed = new ArrayList<>(servers);
        java.util.Collections.reverse(reversed);
        reversed.forEach(JavaProcess::close);
    }
}
