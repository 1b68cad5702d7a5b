package dev.cartera.loyalty;

import jakarta.ejb.ScheduleExpression;

/** Reads a calendar schedule written in one line, for configuration: cron's order, seconds first. */
final class ScheduleExpressions {

    private ScheduleExpressions() {
    }

    /**
     * @param text six fields separated by spaces, each in {@code @Schedule}'s syntax: second, minute, hour,
     *             day of month, month, day of week; e.g. {@code "*&#47;5 * * * * *"} for every 5 seconds
     * @throws IllegalArgumentException for another number of fields
     */
    static ScheduleExpression parse(String text, String zone) {
        String[] fields = text.trim().split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException("A schedule has six fields (second minute hour dayOfMonth month "
                    + "dayOfWeek), e.g. '*/5 * * * * *'; got '" + text + "'");
        }
        return new ScheduleExpression().second(fields[0]).minute(fields[1]).hour(fields[2]).dayOfMonth(fields[3])
                .month(fields[4]).dayOfWeek(fields[5]).timezone(zone);
    }
}
