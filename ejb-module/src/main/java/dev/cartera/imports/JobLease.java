package dev.cartera.imports;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Which instance processes a job, and until when that claim holds unless renewed. The holder renews it while the
 * job is open; once it has run out, the holder is presumed dead and any instance may end the job. A job without
 * a lease (stored before leases existed) counts as run out.
 */
@Embeddable
public class JobLease {

    private String holder;

    private Instant until;

    protected JobLease() {
        // for JPA
    }

    public JobLease(String holder, Instant until) {
        this.holder = Objects.requireNonNull(holder);
        this.until = Objects.requireNonNull(until);
    }

    public boolean heldBy(String instance) {
        return instance.equals(holder);
    }

    public boolean runOutAt(Instant now) {
        return holder == null || until == null || !until.isAfter(now);
    }

    public String holder() {
        return holder;
    }

    public Instant until() {
        return until;
    }
}
