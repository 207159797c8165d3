package ai.slope.applications;

/**
 * A posting was closed as filled while this application was still open: its seeker is mailed. One event per
 * application, so that each mail is retried on its own.
 *
 * @param applicationId the application
 */
public record PostingFilledForApplicant(long applicationId) {
}
