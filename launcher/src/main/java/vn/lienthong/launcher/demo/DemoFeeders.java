package vn.lienthong.launcher.demo;

import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MOJ;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VSS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.routes.provider.feeder.civilstatus.CivilStatusSystem;
import vn.lienthong.routes.provider.feeder.identity.CitizenIdentitySystem;
import vn.lienthong.routes.provider.feeder.insurance.HealthInsuranceSystem;
import vn.lienthong.routes.provider.feeder.residence.ResidenceSystem;
import vn.lienthong.routes.provider.messaging.MessageBroker;

/**
 * The source databases of Circular 46/2022 Art. 4 in the demo, each with its own H2 database under
 * {@code WORKSPACE/feeders/}, each a member's information system that talks only to its own security
 * server's client proxy: the Ministry of Justice's civil status system (SS-MOJ, its own broker), the
 * residence and citizen identity systems of the Ministry of Public Security (SS-MPS, the ministry's broker),
 * and Vietnam Social Security's health insurance system (SS-VSS, its own broker), which subscribes to deaths
 * at start through the bus.
 */
public final class DemoFeeders implements AutoCloseable {

    private final List<AutoCloseable> started;
    private final CivilStatusSystem civilStatus;
    private final ResidenceSystem residence;
    private final CitizenIdentitySystem identity;
    private final HealthInsuranceSystem insurance;
    private final String deathSubscription;

    private DemoFeeders(List<AutoCloseable> started, CivilStatusSystem civilStatus, ResidenceSystem residence,
            CitizenIdentitySystem identity, HealthInsuranceSystem insurance, String deathSubscription) {
        this.started = started;
        this.civilStatus = civilStatus;
        this.residence = residence;
        this.identity = identity;
        this.insurance = insurance;
        this.deathSubscription = deathSubscription;
    }

    /**
     * Starts the four systems against the running security servers; {@code mpsBroker} is the Ministry of
     * Public Security's broker (not closed here).
     */
    static DemoFeeders start(DemoWorkspace workspace, MessageBroker mpsBroker,
            Function<SecurityServerId, String> clientProxy) {
        Path root = workspace.root().resolve("feeders");
        List<AutoCloseable> started = new ArrayList<>();
        try {
            MessageBroker justiceBroker = MessageBroker.embedded(root.resolve("civilstatus/broker"));
            started.add(justiceBroker);
            CivilStatusSystem civilStatus = new CivilStatusSystem(database(root, "civilstatus", started), justiceBroker,
                    clientProxy.apply(SS_MOJ));
            started.add(civilStatus);
            ResidenceSystem residence = new ResidenceSystem(database(root, "residence", started), mpsBroker,
                    clientProxy.apply(SS_MPS));
            started.add(residence);
            CitizenIdentitySystem identity = new CitizenIdentitySystem(database(root, "identity", started), mpsBroker,
                    clientProxy.apply(SS_MPS));
            started.add(identity);
            MessageBroker insuranceBroker = MessageBroker.embedded(root.resolve("insurance/broker"));
            started.add(insuranceBroker);
            HealthInsuranceSystem insurance = new HealthInsuranceSystem(database(root, "insurance", started),
                    insuranceBroker, clientProxy.apply(SS_VSS), workspace.ports().insuranceNotifications());
            started.add(insurance);
            String subscription = insurance.subscribeToDeaths(clientProxy.apply(SS_VSS));
            return new DemoFeeders(started, civilStatus, residence, identity, insurance, subscription);
        } catch (IOException e) {
            closeAll(started);
            throw new java.io.UncheckedIOException("the health insurance system could not subscribe to deaths", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeAll(started);
            throw new IllegalStateException("interrupted while the health insurance system subscribed to deaths", e);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    private static JdbcConnectionPool database(Path root, String name, List<AutoCloseable> started) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + root.resolve(name).resolve(name), "sa", "");
        started.add(pool::dispose);
        return pool;
    }

    public CivilStatusSystem civilStatus() {
        return civilStatus;
    }

    public ResidenceSystem residence() {
        return residence;
    }

    public CitizenIdentitySystem identity() {
        return identity;
    }

    public HealthInsuranceSystem insurance() {
        return insurance;
    }

    /** The id of the subscription to deaths the health insurance system took at start. */
    public String deathSubscription() {
        return deathSubscription;
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                System.err.println("closing " + resources.get(i) + " failed: " + e);
            }
        }
    }
}
