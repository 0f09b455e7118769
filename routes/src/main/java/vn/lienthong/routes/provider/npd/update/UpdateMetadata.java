package vn.lienthong.routes.provider.npd.update;

import java.time.Instant;

/** Circular 13/2017 Art. 5 metadata of an update: when the source recorded it, on what basis, under which document, by whom. */
public record UpdateMetadata(Instant recordedAt, String legalBasis, String documentNumber, String officer) {
}
