package ai.slope.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ai.slope.candidates.Publication;
import ai.slope.jobs.PostingView;

/**
 * Everything a company's recruiter reads about one applicant: the application with its cover note, their profile,
 * the history of its stages, the private notes, and the names of the people who moved it or wrote a note.
 * @param names display names by account id, for the history and the notes (never the applicant's own while a
 * blind review hides them)
 * @param publications the applicant's publications, newest first
 * @param resumeSent whether there is a résumé the company may download (none while an invitation waits, nor when
 * the candidate accepted one without a résumé on their profile, nor while a blind review hides them)
 * @param coverNote the cover note as the recruiter may read it: while a blind review hides the applicant, without
 * their name and contact details ({@code candidates.BlindProfiles.redact})
 * @param blindReview whether the posting's blind review is on
 * @param reveal when and why the applicant's identity was shown during the blind review, or null
 */
public record ApplicantDetail(PostingView posting, Application application, Applicant applicant,
		List<StageChange> history, List<ApplicantNote> notes, Map<Long, String> names,
		List<Publication> publications, boolean resumeSent, String coverNote, boolean blindReview, Reveal reveal) {

	public String nameOf(Long accountId) {
		return (accountId == null) ? null : this.names.get(accountId);
	}

	/**
	 * The history with the reveal in its place, oldest first: each line is a stage change or the reveal.
	 */
	public List<HistoryLine> timeline() {
		List<HistoryLine> lines = new ArrayList<>();
		this.history.forEach(change -> lines.add(new HistoryLine(change, null)));
		if (this.reveal != null) {
			lines.add(new HistoryLine(null, this.reveal));
		}
		// stable: a reveal made by a move comes after the move, which has the same time
		lines.sort(Comparator.comparing(HistoryLine::at));
		return lines;
	}

	/**
	 * One line of the history: a stage change, or the identity revealed.
	 */
	public record HistoryLine(StageChange change, Reveal reveal) {

		public Instant at() {
			return (this.change != null) ? this.change.getChangedAt() : this.reveal.at();
		}

	}

}
