package vn.lienthong.benchmarks.scale.messagelog;

import java.util.SplittableRandom;

/**
 * A population of citizens and their 12-digit identification numbers (căn cước): 3-digit province code, one digit for
 * century and sex (0/1 born 1900-1999 male/female, 2/3 born 2000-2099), 2 digits of birth year, 6 random digits.
 * Citizen {@code k} always has the same number.
 */
final class CitizenPins {

    private static final int[] PROVINCES = {1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31,
            33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74,
            75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};

    private final long population;
    private final long seed;

    CitizenPins(long population, long seed) {
        if (population < 1) {
            throw new IllegalArgumentException("the population must not be empty");
        }
        this.population = population;
        this.seed = seed;
    }

    long population() {
        return population;
    }

    String pin(long citizen) {
        SplittableRandom r = new SplittableRandom(seed ^ (citizen * 0x9E3779B97F4A7C15L));
        int province = PROVINCES[r.nextInt(PROVINCES.length)];
        int birthYear = 1940 + r.nextInt(70);
        int centurySex = (birthYear >= 2000 ? 2 : 0) + r.nextInt(2);
        int serial = r.nextInt(1_000_000);
        return String.format("%03d%d%02d%06d", province, centurySex, birthYear % 100, serial);
    }
}
