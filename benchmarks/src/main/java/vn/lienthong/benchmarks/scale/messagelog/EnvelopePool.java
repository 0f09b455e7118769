package vn.lienthong.benchmarks.scale.messagelog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Signed request and response envelopes made once and reused, since signing each of millions of messages would
 * measure XML signing rather than the log. Requests ask for one citizen (about 3 KB signed); responses carry a
 * citizen record and household (3 to 15 KB signed, skewed towards small: 3 KB + 12 KB × u²).
 */
final class EnvelopePool {

    private final List<byte[]> requests;
    private final List<byte[]> responses;

    private EnvelopePool(List<byte[]> requests, List<byte[]> responses) {
        this.requests = requests;
        this.responses = responses;
    }

    static EnvelopePool build(SignedEnvelopes signer, CitizenPins pins, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<byte[]> requests = new ArrayList<>(size);
        List<byte[]> responses = new ArrayList<>(size);
        Instant created = Instant.now();
        for (int i = 0; i < size; i++) {
            String queryId = "pool-" + i;
            String pin = pins.pin(r.nextLong(pins.population()));
            requests.add(signer.sign(queryId, "<npd:getCitizen><npd:pin>" + pin + "</npd:pin>"
                    + "<npd:purpose>Giải quyết thủ tục hành chính</npd:purpose></npd:getCitizen>", created));
            double u = r.nextDouble();
            int bodyBytes = (int) (12_000 * u * u);
            responses.add(signer.sign(queryId, CitizenRecordBody.of(pin, bodyBytes, r, pins), created));
        }
        return new EnvelopePool(List.copyOf(requests), List.copyOf(responses));
    }

    byte[] request(long exchange) {
        return requests.get((int) (exchange % requests.size()));
    }

    byte[] response(long exchange) {
        return responses.get((int) ((exchange * 7 + 3) % responses.size()));
    }

    double meanBytes() {
        long total = 0;
        for (int i = 0; i < requests.size(); i++) {
            total += requests.get(i).length + responses.get(i).length;
        }
        return total / (2.0 * requests.size());
    }
}
