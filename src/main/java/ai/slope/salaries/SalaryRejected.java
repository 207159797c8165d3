package ai.slope.salaries;

/**
 * An admin rejected a salary record that a seeker submitted; the seeker is told, with the admin's note.
 */
public record SalaryRejected(long recordId, long seekerId, String note) {
}
