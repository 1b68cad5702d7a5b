package dev.cartera.lending;

import dev.cartera.shared.i18n.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a loan is in its life. {@code REQUESTED → APPROVED → ACTIVE → PAID}; a requested or approved loan may
 * instead be {@code REJECTED} or {@code CANCELLED}; an active one may end {@code DEFAULTED}. The last four are final.
 */
public enum LoanStatus {
    REQUESTED, APPROVED, ACTIVE, PAID, REJECTED, CANCELLED, DEFAULTED;

    /** The statuses this one may move to, in declaration order; empty for a final status. */
    public Set<LoanStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
            case APPROVED -> EnumSet.of(ACTIVE, REJECTED, CANCELLED);
            case ACTIVE -> EnumSet.of(PAID, DEFAULTED);
            case PAID, REJECTED, CANCELLED, DEFAULTED -> EnumSet.noneOf(LoanStatus.class);
        };
    }

    public boolean canMoveTo(LoanStatus target) {
        return next().contains(target);
    }

    /**
     * The shortest way from this status to the target along the allowed transitions, without this status: empty
     * when the target is this status, absent when it cannot be reached (a step back, or out of a final status).
     * An import that finds a requested loan paid in the field's file walks it through every step between.
     */
    public Optional<List<LoanStatus>> pathTo(LoanStatus target) {
        Map<LoanStatus, LoanStatus> cameFrom = new EnumMap<>(LoanStatus.class);
        Deque<LoanStatus> queue = new ArrayDeque<>(List.of(this));
        while (!queue.isEmpty()) {
            LoanStatus current = queue.removeFirst();
            if (current == target) {
                List<LoanStatus> path = new ArrayList<>();
                for (LoanStatus step = target; step != this; step = cameFrom.get(step)) {
                    path.add(0, step);
                }
                return Optional.of(path);
            }
            for (LoanStatus next : current.next()) {
                if (next != this && cameFrom.putIfAbsent(next, current) == null) {
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Only a loan that never moved money (or never will) may be deleted. */
    public boolean isDeletable() {
        return this == REQUESTED || this == REJECTED || this == CANCELLED;
    }

    /** "APPROVED, REJECTED or CANCELLED"; "none" for a final status; in the reader's language, codes as they are. */
    public Message nextAsText() {
        var names = next().stream().map(Enum::name).toList();
        if (names.isEmpty()) {
            return Message.of("loan.next.none", name());
        }
        return names.size() == 1 ? Message.of("loan.next.one", names.get(0))
                : Message.of("loan.next.many", String.join(", ", names.subList(0, names.size() - 1)),
                        names.get(names.size() - 1));
    }

    public static String allNames() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
