package vn.lienthong.globalconf.registry;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings every security server of the instance applies alike.
 *
 * @param ocspFreshness         how old an OCSP response may be and still be accepted
 * @param timeStampingInterval  how often a server time-stamps its message log
 * @param configurationValidity how long a published bundle is valid after its publication
 * @param downloadInterval      how often servers fetch the configuration (shorter than the validity)
 */
public record GlobalSettings(Duration ocspFreshness, Duration timeStampingInterval, Duration configurationValidity,
        Duration downloadInterval) {

    /** X-Road's defaults: OCSP responses up to an hour old, a time-stamp a minute, 10 minutes validity, 60 s downloads. */
    public static final GlobalSettings DEFAULTS = new GlobalSettings(Duration.ofHours(1), Duration.ofMinutes(1),
            Duration.ofMinutes(10), Duration.ofSeconds(60));

    public GlobalSettings {
        positive("ocspFreshness", ocspFreshness);
        positive("timeStampingInterval", timeStampingInterval);
        positive("configurationValidity", configurationValidity);
        positive("downloadInterval", downloadInterval);
        if (downloadInterval.compareTo(configurationValidity) >= 0) {
            throw new RegistryException("the download interval (" + downloadInterval.toSeconds()
                    + " s) must be shorter than the configuration validity (" + configurationValidity.toSeconds()
                    + " s), or servers would act on expired configuration between downloads");
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new RegistryException(name + " must be positive, got " + value.toSeconds() + " s");
        }
    }
}
