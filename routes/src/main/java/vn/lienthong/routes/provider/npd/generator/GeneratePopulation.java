package vn.lienthong.routes.provider.npd.generator;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.h2.jdbcx.JdbcDataSource;

import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.NpdDatabase;

/**
 * Loads a synthetic population into an NPD database from the command line, with a progress bar:
 * {@code GeneratePopulation <jdbc-url> <count> [seed] [batch-size]} (user {@code sa} for H2; a PostgreSQL
 * URL carries its user, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}).
 */
public final class GeneratePopulation {

    private GeneratePopulation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GeneratePopulation <jdbc-url> <count> [seed] [batch-size]");
            System.exit(2);
        }
        javax.sql.DataSource database;
        if (args[0].startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(args[0]);
            h2.setUser("sa");
            database = h2;
        } else {
            org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
            postgres.setUrl(args[0]);
            postgres.setReWriteBatchedInserts(true);
            database = postgres;
        }
        long count = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1911L;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        NpdDatabase.migrate(database);
        PopulationLoader.Result result = new PopulationLoader(new CitizenStore(database), batch)
                .load(seed, count, LocalDate.now(), Set.of(), new ConsoleProgressBar(System.out));
        System.out.printf(Locale.ROOT, "%d citizens in %d households in %.1f s (%.0f citizens/s)%n", result.citizens(),
                result.households(), result.elapsed().toNanos() / 1e9, result.citizensPerSecond());
    }
}
