package ai.slope.applications;

import java.util.List;
import java.util.Map;

import ai.slope.candidates.Publication;
import ai.slope.jobs.PostingView;

/**
 * Everything a company's recruiter reads about one applicant: the application with its cover note, their profile,
 * the history of its stages, the private notes, and the names of the people who moved it or wrote a note.
 * @param names display names by account id, for the history and the notes
 * @param publications the applicant's publications, newest first
 * @param resumeSent whether there is a résumé the company may download (none while an invitation waits, nor when
 * the candidate accepted one without a résumé on their profile)
 */
public record ApplicantDetail(PostingView posting, Application application, Applicant applicant,
		List<StageChange> history, List<ApplicantNote> notes, Map<Long, String> names,
		List<Publication> publications, boolean resumeSent) {

	public String nameOf(Long accountId) {
		return (accountId == null) ? null : this.names.get(accountId);
	}

}
