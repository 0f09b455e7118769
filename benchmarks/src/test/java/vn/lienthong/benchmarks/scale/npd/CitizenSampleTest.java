package vn.lienthong.benchmarks.scale.npd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import vn.lienthong.routes.provider.npd.generator.GenerationProgress;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.NpdDatabase;

class CitizenSampleTest {

    @Test
    void aTopUpWritesOnlyTheCitizensNotYetThereAndTheSampleClaimsWhatIsRecorded() throws Exception {
        DataSource database = NpdDatabase.inMemory("scale-" + UUID.randomUUID());
        NpdDatabase.migrate(database);
        CitizenStore store = new CitizenStore(database);
        PopulationTopUp topUp = new PopulationTopUp(store, 7);

        PopulationTopUp.Step first = topUp.to(600, GenerationProgress.none());
        PopulationTopUp.Step second = topUp.to(1_000, GenerationProgress.none());
        PopulationTopUp.Step again = topUp.to(1_000, GenerationProgress.none());
        List<SampledCitizen> sample = CitizenSample.draw(database, 100, 11);

        assertThat(List.of(first.from(), first.to(), second.from(), second.to(), again.from(), again.to()))
                .containsExactly(0L, 600L, 600L, 1_000L, 1_000L, 1_000L);
        assertThat(store.count()).isEqualTo(1_000);
        assertThat(sample).hasSizeBetween(50, 100);
        assertThat(new HashSet<>(sample.stream().map(SampledCitizen::pin).toList())).hasSameSizeAs(sample);
        for (SampledCitizen citizen : sample) {
            CitizenRecord recorded = store.current(citizen.pin()).orElseThrow().record();
            assertThat(recorded.fullName()).isEqualTo(citizen.fullName());
            assertThat(recorded.dateOfBirth()).isEqualTo(citizen.dateOfBirth());
        }
    }
}
